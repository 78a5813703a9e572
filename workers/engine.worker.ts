/// <reference lib="webworker" />
// The simulation worker: the engine's API, its results packed for transfer, exposed through comlink.
import { expose } from 'comlink';
import { engineWorkerApi } from '../src/lib/sim/engineWorkerApi';

expose(engineWorkerApi);
