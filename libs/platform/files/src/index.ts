// Uploads and downloads for every service: type and size checks, the storage, one base for a
// service's stored files (`StoredFiles`, `EvidenceFiles`, which finds a file named in a record's
// history), their table's columns (`uploadedFileColumns`) and one controller for their routes
// (`storedFilesController`). A service gives only its table and who may see a file.
export * from './lib/attachment-storage';
export * from './lib/file-types';
export * from './lib/uploads';
export * from './lib/stored-files';
export * from './lib/stored-file-columns';
export * from './lib/evidence-files';
export * from './lib/stored-files.controller';
export * from './lib/spreadsheet-cells';
