export * from './lib/attachment-storage';
export * from './lib/file-types';
export * from './lib/uploads';
export * from './lib/evidence-files';
export * from './lib/spreadsheet-cells';
