/** 接待与礼品 (RCP-1, GIFT-1/2): the gifts part first (its process and stock serve the receptions). */
import { composeModule } from '../module.parts.js';
import { giftsPart } from './gifts/gifts.part.js';
import { receptionPart } from './reception.part.js';

export const receptionModule = composeModule('reception', [receptionPart, giftsPart]);
