/**
 * One widget on a page: loads a challenge, starts its proof of work at once, shows the challenge
 * (popup or embed) or, for Invisible CAPTCHA, watches the page's button; sends the answer with the
 * recorded events when the person is done (waiting for the proof of work if needed), and handles
 * the answer: success, failure (then a new challenge), or the additional challenge of a failed
 * invisible check. Behaviour towards the customer (callbacks, focus) follows Captcha 2.0.
 */
import { isCaptchaType, type Api, type CaptchaType, type ChallengeData, type VerifyResponse, type WidgetError } from "./api";
import { loadDeviceToken, saveDeviceToken } from "./device";
import { now, pointerKind, safeCall, type PointerKind } from "./dom";
import { environmentHints } from "./env";
import type { Settings } from "./options";
import { readPow, type Pow } from "./pow/puzzles";
import { solvePow, type PowRun } from "./pow/solver";
import { EventRecorder, type RawEvent } from "./recorder";
import { createShell } from "./shell";
import { installStyle, removeStyle } from "./styles";
import { recordTrigger, type TriggerRecording } from "./views/invisible";
import { oneClickView } from "./views/one-click";
import { pictureView } from "./views/picture-view";
import { sliderView } from "./views/slider-view";
import type { ChallengeView, Submission, ViewContext } from "./views/types";

/** The server keeps an initialization for 20 minutes (after that: F014); older ones are replaced. */
const MAX_CHALLENGE_AGE_MS = 15 * 60 * 1000;
const FAIL_DISPLAY_MS = 1200;
const SUCCESS_DISPLAY_MS = 700;

type Phase = "loading" | "ready" | "verifying" | "passed" | "failed" | "error" | "unusable";

interface Challenge {
  certifyId: string;
  type: CaptchaType;
  data: ChallengeData;
  /** The server's sealed state for this challenge, sent back with the answer. */
  state: string;
  loadedAt: number;
  pow: PowRun;
}

export interface WidgetInstance {
  show(): void;
  hide(): void;
  refresh(): void;
  destroyCaptcha(): void;
  startTracelessVerification(): void;
}

export interface WidgetSetup {
  settings: Settings;
  element: Element;
  button: Element;
  api: Api;
  report(code: string, message: string): void;
  onDestroyed(): void;
}

/** A server that sends no Pow asks for no work; a malformed one is an error. */
function powOf(value: unknown): { pow: Pow } | { error: string } {
  if (value === undefined || value === null) return { pow: { algorithm: "SHA-256", salt: "", challenges: [], max: 0 } };
  return readPow(value);
}

export function createWidget(setup: WidgetSetup): WidgetInstance {
  const { settings, api, report } = setup;
  const t = settings.text;
  const callbacks = settings.callbacks;
  const button = setup.button;
  const popup = settings.mode === "popup";

  const st = {
    destroyed: false,
    /** Bumped by every reload and by destroy: late answers of older ones are ignored. */
    generation: 0,
    phase: "loading" as Phase,
    challenge: null as Challenge | null,
    lastType: null as CaptchaType | null,
    /** show() or the trigger while loading: open once loaded (with how it was asked for). */
    pendingShow: null as PointerKind | null,
    view: null as ChallengeView | null,
    recorder: null as EventRecorder | null,
    /** An interaction event of this challenge was dispatched by a script. */
    untrusted: false,
    trigger: null as TriggerRecording | null,
    timers: [] as number[],
  };

  installStyle();
  const markUntrusted = () => {
    st.untrusted = true;
  };
  const shell = createShell(settings, setup.element, {
    onUserClose: () => closePopup(true),
    onRefresh: () => {
      if (st.phase !== "verifying") reload({ focusInside: true });
    },
    onUntrusted: markUntrusted,
  });

  // The trigger: opens the popup or starts the invisible check. In embed mode it gates nothing.
  function onTriggerClick(event: Event) {
    if (st.destroyed) return;
    if (event.isTrusted === false) st.untrusted = true;
    if (!popup) {
      if (st.phase !== "passed" && st.phase !== "unusable") shell.announce(t("FINISH_CAPTCHA"), "error");
      return;
    }
    event.preventDefault();
    open(event as MouseEvent);
  }
  button.addEventListener("click", onTriggerClick);

  // ---- Helpers ---------------------------------------------------------------------------
  function later(fn: () => void, ms: number) {
    const id = window.setTimeout(() => {
      st.timers = st.timers.filter((other) => other !== id);
      if (!st.destroyed) fn();
    }, ms);
    st.timers.push(id);
  }

  function stopTrigger() {
    if (st.trigger) st.trigger.stop();
    st.trigger = null;
  }

  function destroyView() {
    if (st.view) st.view.destroy();
    st.view = null;
  }

  /** Everything the current challenge had running: timers, calls, its proof of work, listeners. */
  function cancelPending() {
    st.timers.forEach(clearTimeout);
    st.timers = [];
    api.abortAll();
    if (st.challenge) st.challenge.pow.cancel();
    stopTrigger();
  }

  // ---- Loading (initialization) ----------------------------------------------------------
  function reload(how?: { focusInside?: boolean }) {
    const focusInside = how?.focusInside || shell.focusIsInside();
    cancelPending();
    st.generation += 1;
    const generation = st.generation;
    st.phase = "loading";
    st.challenge = null;
    if (shell.onScreen()) placeholder(t("LOADING"), false, focusInside);
    api.init({ prefix: settings.prefix, sceneId: settings.sceneId, pageUrl: location.href, deviceToken: loadDeviceToken() }).then(
      (response) => {
        if (generation !== st.generation) return;
        saveDeviceToken(response.DeviceToken);
        const type = response.CaptchaType;
        if (!isCaptchaType(type) || !response.CertifyId) {
          failLoading(
            { code: "UnsupportedCaptchaType", message: `Unexpected initialization answer (CaptchaType ${JSON.stringify(type)})` },
            focusInside,
          );
          return;
        }
        if (type === "INVISIBLE" && !popup) {
          st.phase = "unusable";
          shell.setContent(document.createTextNode(""), false);
          shell.announce("");
          report("InvalidParameter", "Invisible CAPTCHA supports popup mode only");
          return;
        }
        const pow = powOf(response.Pow);
        if ("error" in pow) {
          failLoading({ code: "UnsupportedPow", message: pow.error }, focusInside);
          return;
        }
        st.lastType = type;
        // The proof of work starts now and runs while the person looks at the challenge.
        st.challenge = {
          certifyId: response.CertifyId,
          type,
          data: response.Challenge || {},
          state: String(response.State || ""),
          loadedAt: now(),
          pow: solvePow(pow.pow),
        };
        st.phase = "ready";
        if (type === "INVISIBLE") {
          startTriggerRecording();
          if (shell.isOpen()) closePopup(false);
        } else if (shell.onScreen()) {
          renderChallenge(focusInside);
        }
        if (st.pendingShow) {
          const pointer = st.pendingShow;
          st.pendingShow = null;
          open(null, pointer);
        }
      },
      (error: WidgetError) => {
        if (generation !== st.generation) return;
        failLoading(error, focusInside);
      },
    );
  }

  function failLoading(error: WidgetError, focusInside: boolean) {
    st.phase = "error";
    st.pendingShow = null;
    if (shell.onScreen()) placeholder(t("LOAD_FAIL"), true, focusInside);
    report(error.code, error.message);
  }

  function placeholder(message: string, withRetry: boolean, takeFocus: boolean) {
    destroyView();
    shell.placeholder(message, withRetry ? () => reload({ focusInside: true }) : null, takeFocus);
  }

  /** Invisible CAPTCHA: from now on, how the person gets to the page's button is recorded. */
  function startTriggerRecording() {
    stopTrigger();
    st.untrusted = false;
    st.trigger = recordTrigger(button, new EventRecorder(now()), markUntrusted);
  }

  // ---- Showing -----------------------------------------------------------------------------
  /** How the trigger was activated: the press before the click, a key, or nothing (show()). */
  function activation(click: MouseEvent | null): PointerKind {
    if (!click) return "none";
    if (st.trigger) return st.trigger.presses.pointerFor(click);
    // detail is the click count for a pointer, 0 for Enter/Space (and script-made clicks).
    return click.detail === 0 ? "keyboard" : pointerKind(click as PointerEvent) === "none" ? "mouse" : pointerKind(click as PointerEvent);
  }

  /** The trigger was clicked (`click`) or show() was called (null); `pending`: asked while loading. */
  function open(click: MouseEvent | null, pending?: PointerKind) {
    if (st.destroyed || st.phase === "unusable") return;
    if (!popup) {
      shell.setHidden(false);
      return;
    }
    const pointer = pending || activation(click);
    const stale = st.challenge && now() - st.challenge.loadedAt > MAX_CHALLENGE_AGE_MS;
    if (st.phase === "loading" || st.phase === "error" || st.phase === "passed" || (stale && st.phase === "ready")) {
      st.pendingShow = pointer;
      if (st.lastType !== "INVISIBLE") openPopup();
      if (st.phase !== "loading") reload();
      return;
    }
    if (st.challenge && st.challenge.type === "INVISIBLE") {
      if (st.phase === "ready") verifyInvisible(pointer);
      return;
    }
    openPopup();
  }

  function openPopup() {
    if (!shell.openPopup()) return;
    if (st.challenge && st.challenge.type !== "INVISIBLE" && st.phase === "ready") renderChallenge(true);
    else if (st.phase === "error") placeholder(t("LOAD_FAIL"), true, true);
    else placeholder(t("LOADING"), false, true);
  }

  function closePopup(byUser: boolean) {
    if (!shell.closePopup(button)) return;
    st.pendingShow = null;
    if (byUser) safeCall(callbacks.onClose);
  }

  function renderChallenge(takeFocus: boolean) {
    const challenge = st.challenge as Challenge;
    destroyView();
    st.recorder = new EventRecorder(now());
    st.untrusted = false;
    const context: ViewContext = {
      text: t,
      popup,
      slide: settings.slide,
      recorder: st.recorder,
      area: shell.area,
      submit: submitAnswer,
      refresh: () => {
        if (st.phase !== "verifying") reload({ focusInside: true });
      },
      setWidth: shell.setWidth,
      onUntrusted: markUntrusted,
    };
    const view =
      challenge.type === "ONE_CLICK"
        ? oneClickView(context)
        : challenge.type === "SLIDER"
          ? sliderView(context, challenge.data)
          : pictureView(context, challenge.type, challenge.data);
    st.view = view;
    shell.setContent(view.node, true);
    shell.announce("");
    if (takeFocus) shell.focus(view.focusTarget);
  }

  // ---- Verification ------------------------------------------------------------------------
  function submitAnswer(submission: Submission) {
    if (st.phase !== "ready" || !st.challenge) return;
    if (st.view) st.view.setState("verifying");
    verify(submission, st.recorder ? st.recorder.events() : []);
  }

  function verifyInvisible(pointer: PointerKind) {
    const trigger = st.trigger;
    const rect = button.getBoundingClientRect();
    const submission: Submission = { answer: {}, pointer, box: trigger ? trigger.presses.box() : [rect.width, rect.height] };
    const events = trigger ? trigger.recorder.events() : [];
    stopTrigger();
    verify(submission, events);
  }

  /**
   * Sends the answer once the proof of work is done: usually it already is (it started when the
   * challenge arrived); otherwise the person sees "Verifying…" a little longer.
   */
  function verify(submission: Submission, events: RawEvent[]) {
    const challenge = st.challenge as Challenge;
    const generation = st.generation;
    st.phase = "verifying";
    shell.announce(t("VERIFYING"));
    const env = environmentHints(st.untrusted);
    challenge.pow.result.then(
      (numbers) => {
        if (generation !== st.generation) return;
        api
          .verify({
            certifyId: challenge.certifyId,
            state: challenge.state,
            pow: numbers,
            answer: submission.answer,
            events,
            pointer: submission.pointer,
            box: submission.box,
            env,
            v2: settings.v2,
          })
          .then(
            (response) => {
              if (generation === st.generation) handleResult(response, generation);
            },
            (error: WidgetError) => {
              if (generation !== st.generation) return;
              report(error.code, error.message);
              showFailure(error.code === "NetworkError" || error.code === "Timeout" ? t("CONGESTION") : failText());
            },
          );
      },
      (error: Error & { code?: string }) => {
        if (generation !== st.generation) return;
        report(error.code || "PowFailed", error.message);
        showFailure(failText());
      },
    );
  }

  function handleResult(response: VerifyResponse, generation: number) {
    const challenge = st.challenge as Challenge;
    const result = response.Result || {};
    const token = response.CaptchaVerifyParam;
    const next = response.Next;

    if (result.VerifyResult !== true && next && isCaptchaType(next.CaptchaType) && next.CaptchaType !== "INVISIBLE") {
      // The invisible check did not pass: the scenario's additional challenge, same certifyId,
      // with its own proof of work (started now) and state.
      const pow = powOf(next.Pow);
      if ("error" in pow) {
        report("UnsupportedPow", pow.error);
        showFailure(failText());
        return;
      }
      st.challenge = {
        certifyId: challenge.certifyId,
        type: next.CaptchaType,
        data: next.Challenge || {},
        state: String(next.State || challenge.state),
        loadedAt: challenge.loadedAt,
        pow: solvePow(pow.pow),
      };
      st.phase = "ready";
      shell.announce("");
      if (popup && !shell.isOpen()) openPopup();
      else renderChallenge(true);
      return;
    }

    if (settings.v2 && token) {
      Promise.resolve()
        .then(() => (callbacks.captchaVerifyCallback as (token: string) => unknown)(token))
        .then(
          (outcome) => (outcome || {}) as { captchaResult?: boolean; bizResult?: unknown },
          (error) => {
            console.error("[AliyunCaptcha] captchaVerifyCallback failed", error);
            return { captchaResult: false } as { captchaResult?: boolean; bizResult?: unknown };
          },
        )
        .then((outcome) => {
          if (generation !== st.generation) return;
          if (outcome.captchaResult === true) {
            showSuccess();
            safeCall(callbacks.onBizResultCallback, outcome.bizResult);
          } else {
            showFailure(failText());
          }
        });
      return;
    }

    if (!settings.v2 && result.VerifyResult === true && token) {
      showSuccess();
      safeCall(callbacks.success, token);
      return;
    }

    safeCall(callbacks.fail, { VerifyResult: false, VerifyCode: result.VerifyCode, CertifyId: result.CertifyId || challenge.certifyId });
    showFailure(failText());
  }

  function showSuccess() {
    st.phase = "passed";
    if (st.view) st.view.setState("pass");
    shell.announce(t("SUCCESS"), "success");
    if (popup && shell.isOpen()) {
      // Not cancelled by refresh(): a success handler that refreshes gets a closed popup and a
      // new challenge behind the button, whenever it calls.
      const generation = st.generation;
      setTimeout(() => {
        if (!st.destroyed && (st.generation === generation || st.phase === "loading")) closePopup(false);
      }, SUCCESS_DISPLAY_MS);
    }
  }

  /** Shows why, then starts over with a new initialization so the person can try again. */
  /** Slider failures ask to slide again (SLIDE_FAIL); every other challenge's say so generally (CAPTCHA_FAIL). */
  function failText() {
    return t(st.challenge && st.challenge.type === "SLIDER" ? "SLIDE_FAIL" : "CAPTCHA_FAIL");
  }

  function showFailure(message: string) {
    st.phase = "failed";
    if (st.view && shell.onScreen()) st.view.setState("fail");
    shell.announce(message, "error");
    later(() => {
      if (st.phase === "failed") reload();
    }, FAIL_DISPLAY_MS);
  }

  // ---- Public instance -------------------------------------------------------------------
  const invisibleBusy = () => st.phase === "verifying" && !!st.challenge && st.challenge.type === "INVISIBLE";
  const instance: WidgetInstance = {
    show() {
      if (st.destroyed || invisibleBusy()) return;
      open(null);
    },
    hide() {
      if (st.destroyed || invisibleBusy()) return;
      if (popup) closePopup(false);
      else shell.setHidden(true);
    },
    refresh() {
      if (st.destroyed || st.phase === "unusable" || invisibleBusy()) return;
      reload();
    },
    destroyCaptcha() {
      if (st.destroyed) return;
      closePopup(false);
      st.destroyed = true;
      st.generation += 1;
      cancelPending();
      destroyView();
      button.removeEventListener("click", onTriggerClick);
      shell.destroy();
      removeStyle();
      setup.onDestroyed();
    },
    // Captcha 2.0's name for starting the invisible check from code; same as show().
    startTracelessVerification() {
      instance.show();
    },
  };

  reload();
  return instance;
}
