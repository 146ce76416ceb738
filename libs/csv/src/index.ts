export { type CsvCell, csvDocument } from './csv-document.js';
