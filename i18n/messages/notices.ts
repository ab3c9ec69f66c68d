import type { Shape } from "./shape";

/** What the console frame shows above a page: the email-verification banner, the SSO requirement. */
export const en = {
  verifyEmail: {
    label: "Email verification",
    text: "Verify your email address: open the link we sent to <strong>{email}</strong>. Until then you cannot accept invitations or create access keys.",
    resend: "Resend email",
    sending: "Sending…",
    verified: "Your email address is verified.",
    resent: "We sent you a new link. It works for 24 hours.",
  },
  ssoRequired: {
    heading: "This organization requires single sign-on",
    text: "{organization} only opens to members who signed in with {provider}. You signed in with your password: sign in with {provider} to continue.",
  },
};

export const zhCN: Shape<typeof en> = {
  verifyEmail: {
    label: "邮箱验证",
    text: "请验证您的邮箱：打开我们发送到 <strong>{email}</strong> 的链接。验证前您无法接受邀请或创建 AccessKey。",
    resend: "重新发送邮件",
    sending: "正在发送…",
    verified: "您的邮箱已验证。",
    resent: "我们已向您发送新链接，24 小时内有效。",
  },
  ssoRequired: {
    heading: "此组织要求单点登录",
    text: "{organization} 仅对通过 {provider} 登录的成员开放。您是用密码登录的：请使用 {provider} 登录以继续。",
  },
};
