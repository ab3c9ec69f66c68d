/** Portuguese (`language: "pt"`). */
import type { Texts } from "./keys";

export const pt: Texts = {
  START_VERIFY: "Clique para verificar",
  POPUP_TITLE: "Verificação de segurança",
  SLIDE_TIP: "Arraste o controle deslizante totalmente para a direita",
  CHECK_BOX_TIP: "Confirme que você não é um robô",
  PUZZLE_TIP: "Arraste o controle deslizante para completar o quebra-cabeça",
  INPAINTING_TIP: "Arraste o controle deslizante para restaurar a imagem",
  VERIFYING: "Verificando…",
  SUCCESS: "Verificação concluída",
  SLIDE_FAIL: "Falha na verificação, deslize novamente",
  CAPTCHA_FAIL: "Falha na verificação, tente novamente",
  CONGESTION: "Rede congestionada, tente novamente",
  CAPTCHA_COMPLETED: "Verificado",
  FINISH_CAPTCHA: "Conclua a verificação primeiro",
  LOADING: "Carregando…",
  LOAD_FAIL: "Não foi possível carregar a verificação",
  RETRY: "Tentar novamente",
  CLOSE: "Fechar",
  REFRESH: "Novo desafio",
  SLIDER_LABEL: "Deslize para verificar",
  PUZZLE_LABEL: "Deslize para completar o quebra-cabeça",
  INPAINTING_LABEL: "Deslize para restaurar a imagem",
  KEYBOARD_HINT: "Use as teclas de seta para mover o controle deslizante (Shift para passos maiores) e pressione Enter.",
};
