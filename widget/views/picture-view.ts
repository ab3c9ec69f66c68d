/**
 * Puzzle Verification (slide the jigsaw piece into its gap) and Image Restoration (slide the
 * displaced part back). The piece is a pieceWidth x pieceHeight PNG with alpha, drawn at
 * (slider value, pieceY) in picture pixels; the slider runs from 0 to width - pieceWidth.
 */
import { clamp, finiteNumber, h, ICONS } from "../dom";
import type { CaptchaType, ChallengeData } from "../api";
import { recordWindowApproach } from "./approach";
import { createSlider } from "./slider";
import type { ChallengeView, ViewContext } from "./types";

const TRACK_HEIGHT = 40;

export function pictureView(context: ViewContext, type: CaptchaType, data: ChallengeData): ChallengeView {
  const t = context.text;
  const width = Math.max(1, finiteNumber(data.width, 300));
  const height = Math.max(1, finiteNumber(data.height, 200));
  // pieceSize: the square piece of servers before the jigsaw pieces.
  const pieceWidth = clamp(finiteNumber(data.pieceWidth, finiteNumber(data.pieceSize, 50)), 1, width);
  const pieceHeight = clamp(finiteNumber(data.pieceHeight, finiteNumber(data.pieceSize, pieceWidth)), 1, height);
  const pieceY = finiteNumber(data.pieceY, 0);
  const restoration = type === "IMAGE_RESTORATION";
  const max = width - pieceWidth;
  context.setWidth(width);

  // Sizes in percent of the picture, so the challenge scales with the window (max-width:100%).
  const image = h("img", { id: "aliyunCaptcha-img", src: data.image, alt: "", draggable: "false" });
  const piece = h("img", {
    id: "aliyunCaptcha-puzzle",
    src: data.piece,
    alt: "",
    draggable: "false",
    style: `top:${(pieceY / height) * 100}%;width:${(pieceWidth / width) * 100}%;height:${(pieceHeight / height) * 100}%`,
  });
  const box = h("div", { id: "aliyunCaptcha-img-box", class: "aliyunCaptcha-img-box", style: `padding-top:${(height / width) * 100}%` }, [
    image,
    piece,
  ]);
  if (!context.popup) {
    const refresh = h("button", {
      type: "button",
      class: "aliyunCaptcha-icon-btn",
      "aria-label": t("REFRESH"),
      title: t("REFRESH"),
      html: ICONS.refresh,
    });
    refresh.addEventListener("click", () => context.refresh());
    box.appendChild(refresh);
  }
  const placePiece = (value: number) => {
    piece.style.left = `${(value / width) * 100}%`;
  };

  // Image restoration: the displaced part starts where the server put it (pieceStartX), and so
  // does the handle (piece left = slider value); its tip goes above the picture, since the handle
  // may start mid-track, on top of an in-track text.
  const initial = restoration ? clamp(finiteNumber(data.pieceStartX, 0), 0, max) : 0;
  const slider = createSlider({
    max,
    initial,
    label: t(restoration ? "INPAINTING_LABEL" : "PUZZLE_LABEL"),
    tip: restoration ? null : t("PUZZLE_TIP"),
    icon: restoration ? ICONS.arrows : undefined,
    height: TRACK_HEIGHT,
    hideTipWhenMoved: true,
    text: t,
    recorder: context.recorder,
    onMove: placePiece,
    onUntrusted: context.onUntrusted,
    onSubmit: (value, pointer) => context.submit({ answer: { x: value }, pointer, box: slider.box() }),
  });
  placePiece(slider.value());
  const stopApproach = recordWindowApproach(context, slider.toTrack, slider.dragging);
  return {
    node: h("div", { class: "aliyunCaptcha-image-challenge" }, [
      restoration ? h("p", { class: "aliyunCaptcha-tip", text: t("INPAINTING_TIP") }) : null,
      box,
      slider.node,
    ]),
    focusTarget: slider.handle,
    setState: slider.setState,
    destroy: stopApproach,
  };
}
