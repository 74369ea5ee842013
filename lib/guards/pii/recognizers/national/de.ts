import type { PatternRecognizer } from '../../engine/types';
import { isValidDeIdCard, isValidDeTaxId } from '../../validators/europe';
import { NUM_END, NUM_START, TOKEN_END, TOKEN_START } from '../fragments';
import { nationalId } from './define';

export const deRecognizers: PatternRecognizer[] = [
  nationalId({
    id: 'de.tax_id', type: 'DE_TAX_ID', locale: 'de', minDigits: 11, maxLength: 14,
    source: `${NUM_START}[1-9]\\d(?: ?\\d{3}){3}${NUM_END}`,
    validate: isValidDeTaxId, score: 0.55, boost: 0.35,
    words: ['steuer-id', 'steuerid', 'steuer id', 'steuer-idnr', 'idnr', 'steueridentifikationsnummer', 'identifikationsnummer', 'steuerliche', 'tax id', 'steuernummer', 'tin'],
  }),
  nationalId({
    id: 'de.id_card', type: 'DE_ID_CARD', locale: 'de', minDigits: 1, hint: /[CFGHJ-NPRTV-Z][CFGHJ-NPRTV-Z\d]{8}/, maxLength: 10, spansWhitespace: false,
    source: `${TOKEN_START}[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\\d?${TOKEN_END}`,
    validate: isValidDeIdCard, score: 0.45, requireContext: true,
    words: ['personalausweis', 'personalausweises', 'ausweis', 'ausweises', 'ausweisnummer', 'ausweis-nr', 'ausweisnr', 'personalausweisnummer', 'perso', 'id card', 'identity card', 'id-karte', 'idkarte', 'dokumentennummer'],
  }),
];
