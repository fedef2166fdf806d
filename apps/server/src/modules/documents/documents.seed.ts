import type { Services } from "../../app.types.js";
export async function seedDocumentsDemo(_s: Services): Promise<void> {}
