/** French (`language: "fr"`). */
import type { Texts } from "./keys";

export const fr: Texts = {
  START_VERIFY: "Cliquez pour vérifier",
  POPUP_TITLE: "Vérification de sécurité",
  SLIDE_TIP: "Faites glisser le curseur complètement à droite",
  CHECK_BOX_TIP: "Confirmez que vous n’êtes pas un robot",
  PUZZLE_TIP: "Faites glisser le curseur pour compléter le puzzle",
  INPAINTING_TIP: "Faites glisser le curseur pour restaurer l’image",
  VERIFYING: "Vérification…",
  SUCCESS: "Vérification réussie",
  SLIDE_FAIL: "Échec de la vérification, faites glisser à nouveau",
  CAPTCHA_FAIL: "Échec de la vérification, réessayez",
  CONGESTION: "Réseau saturé, réessayez",
  CAPTCHA_COMPLETED: "Vérifié",
  FINISH_CAPTCHA: "Terminez d’abord la vérification",
  LOADING: "Chargement…",
  LOAD_FAIL: "Impossible de charger la vérification",
  RETRY: "Réessayer",
  CLOSE: "Fermer",
  REFRESH: "Nouveau défi",
  SLIDER_LABEL: "Faites glisser pour vérifier",
  PUZZLE_LABEL: "Faites glisser pour compléter le puzzle",
  INPAINTING_LABEL: "Faites glisser pour restaurer l’image",
  KEYBOARD_HINT: "Utilisez les flèches pour déplacer le curseur (Maj pour des pas plus grands), puis appuyez sur Entrée.",
};
