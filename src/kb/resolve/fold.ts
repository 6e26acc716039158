// foldName with a bounded memo: resolution folds the same few thousand names for every
// document, and folding (Unicode normalization, regular expressions) dominated its cost.
import { foldName } from '../../names/normalize.js';
import { stringMemo } from '../../string-memo.js';

export const fold = stringMemo(20_000, foldName);
