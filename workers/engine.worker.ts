/// <reference lib="webworker" />
// The simulation worker: the engine's API, exposed through comlink. Nothing else lives here.
import { expose } from 'comlink';
import { engineApi } from '../src/lib/model/api';

expose(engineApi);
