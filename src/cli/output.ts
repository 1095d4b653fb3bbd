export { jsonText } from "../core/render/json.js";
