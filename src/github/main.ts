/** The action's main step: all logic lives in runAction (src/github/action.ts). */
import { runAction } from './action.js';
import { exitWhenFlushed } from './runner.js';

void runAction().then(() => exitWhenFlushed());
