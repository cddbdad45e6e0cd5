// What tests, end-to-end runs and benchmarks outside the service share about the rectification
// contracts: a filled-in import spreadsheet made from the template's columns (`import-sheet`).
export * from './import-sheet';
