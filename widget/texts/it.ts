/** Italian (`language: "it"`). */
import type { Texts } from "./keys";

export const it: Texts = {
  START_VERIFY: "Fai clic per verificare",
  POPUP_TITLE: "Verifica di sicurezza",
  SLIDE_TIP: "Trascina il cursore fino all’estremità destra",
  CHECK_BOX_TIP: "Conferma di non essere un robot",
  PUZZLE_TIP: "Trascina il cursore per completare il puzzle",
  INPAINTING_TIP: "Trascina il cursore per ripristinare l’immagine",
  VERIFYING: "Verifica in corso…",
  SUCCESS: "Verifica superata",
  SLIDE_FAIL: "Verifica non riuscita, trascina di nuovo",
  CAPTCHA_FAIL: "Verifica non riuscita, riprova",
  CONGESTION: "Rete congestionata, riprova",
  CAPTCHA_COMPLETED: "Verificato",
  FINISH_CAPTCHA: "Completa prima la verifica",
  LOADING: "Caricamento…",
  LOAD_FAIL: "Impossibile caricare la verifica",
  RETRY: "Riprova",
  CLOSE: "Chiudi",
  REFRESH: "Nuova sfida",
  SLIDER_LABEL: "Scorri per verificare",
  PUZZLE_LABEL: "Scorri per completare il puzzle",
  INPAINTING_LABEL: "Scorri per ripristinare l’immagine",
  KEYBOARD_HINT: "Usa i tasti freccia per spostare il cursore (Maiusc per passi più ampi), poi premi Invio.",
};
