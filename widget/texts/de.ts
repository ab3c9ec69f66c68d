/** German (`language: "de"`). */
import type { Texts } from "./keys";

export const de: Texts = {
  START_VERIFY: "Zum Verifizieren klicken",
  POPUP_TITLE: "Sicherheitsüberprüfung",
  SLIDE_TIP: "Ziehen Sie den Schieberegler ganz nach rechts",
  CHECK_BOX_TIP: "Bestätigen Sie, dass Sie kein Roboter sind",
  PUZZLE_TIP: "Ziehen Sie den Schieberegler, um das Puzzle zu vervollständigen",
  INPAINTING_TIP: "Ziehen Sie den Schieberegler, um das Bild wiederherzustellen",
  VERIFYING: "Wird überprüft…",
  SUCCESS: "Überprüfung erfolgreich",
  SLIDE_FAIL: "Überprüfung fehlgeschlagen, bitte erneut schieben",
  CAPTCHA_FAIL: "Überprüfung fehlgeschlagen, bitte erneut versuchen",
  CONGESTION: "Netzwerk ausgelastet, bitte erneut versuchen",
  CAPTCHA_COMPLETED: "Überprüft",
  FINISH_CAPTCHA: "Bitte schließen Sie zuerst die Überprüfung ab",
  LOADING: "Wird geladen…",
  LOAD_FAIL: "Die Überprüfung konnte nicht geladen werden",
  RETRY: "Erneut versuchen",
  CLOSE: "Schließen",
  REFRESH: "Neue Aufgabe",
  SLIDER_LABEL: "Zum Verifizieren schieben",
  PUZZLE_LABEL: "Schieben, um das Puzzle zu vervollständigen",
  INPAINTING_LABEL: "Schieben, um das Bild wiederherzustellen",
  KEYBOARD_HINT:
    "Bewegen Sie den Schieberegler mit den Pfeiltasten (mit Umschalt in größeren Schritten) und drücken Sie dann die Eingabetaste.",
};
