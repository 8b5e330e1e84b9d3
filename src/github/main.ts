/** The action's main step: all logic lives in runAction (src/github/action.ts). */
import { runAction } from './action.js';

void runAction();
