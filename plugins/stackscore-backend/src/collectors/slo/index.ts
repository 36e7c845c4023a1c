export { SloCollector, isOwnSloPath, isSloCandidatePath } from './SloCollector';
export { parseSloFile } from './parseSloFile';
export { readAnnotationSpec } from './formats';
