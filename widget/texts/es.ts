/** Spanish (`language: "es"`). */
import type { Texts } from "./keys";

export const es: Texts = {
  START_VERIFY: "Haz clic para verificar",
  POPUP_TITLE: "Verificación de seguridad",
  SLIDE_TIP: "Arrastra el control deslizante hasta el extremo derecho",
  CHECK_BOX_TIP: "Confirma que no eres un robot",
  PUZZLE_TIP: "Arrastra el control deslizante para completar el rompecabezas",
  INPAINTING_TIP: "Arrastra el control deslizante para restaurar la imagen",
  VERIFYING: "Verificando…",
  SUCCESS: "Verificación superada",
  SLIDE_FAIL: "Error de verificación, vuelve a deslizar",
  CAPTCHA_FAIL: "Error de verificación, inténtalo de nuevo",
  CONGESTION: "Red congestionada, inténtalo de nuevo",
  CAPTCHA_COMPLETED: "Verificado",
  FINISH_CAPTCHA: "Completa primero la verificación",
  LOADING: "Cargando…",
  LOAD_FAIL: "No se pudo cargar la verificación",
  RETRY: "Reintentar",
  CLOSE: "Cerrar",
  REFRESH: "Nuevo desafío",
  SLIDER_LABEL: "Desliza para verificar",
  PUZZLE_LABEL: "Desliza para completar el rompecabezas",
  INPAINTING_LABEL: "Desliza para restaurar la imagen",
  KEYBOARD_HINT: "Usa las teclas de flecha para mover el control deslizante (Mayús para pasos más grandes) y pulsa Intro.",
};
