/// <reference lib="webworker" />
// The XLSX worker: reading and writing workbooks off the page's thread (src/lib/io/xlsxApi.ts).
import { expose } from 'comlink';
import { xlsxApi } from '../src/lib/io/xlsxApi';

expose(xlsxApi);
