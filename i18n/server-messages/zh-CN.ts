import { GLOSSARY } from "../glossary";

const term = GLOSSARY["zh-CN"];

/**
 * What the server says to a person (errors, validation messages, notices), in Simplified Chinese,
 * keyed by the English the server writes. The English stays the one source: code throws
 * `new DomainError("NOT_FOUND", "This scenario does not exist…")` as before, and the answer is
 * translated on its way out (server/trpc/init.ts) for a caller whose console speaks Chinese.
 *
 * A key may hold placeholders ({count}, {email}…) for the parts that vary: they match any text,
 * which the Chinese repeats. catalogue.test.ts fails when a message the server can say has no
 * entry here, or an entry matches nothing the server says any more.
 */
export const SERVER_MESSAGES_ZH_CN: Record<string, string> = {
  // The tRPC layer (server/trpc)
  "Sign in to continue.": "请登录后继续。",
  "Something went wrong on our side. Please try again.": "服务器出错了，请重试。",
  "The input is not valid.": "输入无效。",
  "That already exists.": "该项已存在。",
  "You are not a member of this organization.": `您不是该${term.organization}的${term.member}。`,
  "Your role does not allow this.": "您的角色无权执行此操作。",
  "Text must not contain control characters such as NUL, or broken Unicode.": "文本不能包含 NUL 等控制字符或损坏的 Unicode 字符。",
  "The request is too large: at most {size} KiB.": "请求过大：最多 {size} KiB。",

  // Accounts, sign-in and sign-up (server/account, server/sso)
  "Enter your email address.": "请输入邮箱地址。",
  "An email address has at most {count} characters.": "邮箱地址最多 {count} 个字符。",
  "Enter a valid email address, like name@example.com.": "请输入有效的邮箱地址，例如 name@example.com。",
  "Use at least {count} characters.": "请至少输入 {count} 个字符。",
  "Use at most {count} characters.": "最多输入 {count} 个字符。",
  "Enter your current password.": "请输入当前密码。",
  "An account with this email already exists. Sign in instead.": "该邮箱已注册账号，请直接登录。",
  "Wrong email or password.": "邮箱或密码错误。",
  "This is not your current password.": "当前密码不正确。",
  "This account was created by single sign-on and has no password to change.": "该账号通过单点登录创建，没有可修改的密码。",
  "Too many failed sign-in attempts. Wait {minutes} minutes and try again.": "登录失败次数过多，请 {minutes} 分钟后重试。",
  "Too many sign-up attempts from your network. Wait an hour and try again.": "您所在网络的注册尝试过多，请一小时后重试。",
  "Creating an account with a password is turned off here. Sign in with single sign-on.": "本服务器已关闭密码注册，请使用单点登录。",
  "Sign-in with a password is turned off here. Use single sign-on.": "本服务器已关闭密码登录，请使用单点登录。",
  "This organization requires single sign-on. Sign in with single sign-on to open it.": `该${term.organization}要求单点登录，请使用单点登录后访问。`,
  "Single sign-on is not configured on this server, so it cannot be required.": "本服务器未配置单点登录，无法要求使用单点登录。",
  "Sign in with single sign-on yourself before requiring it, so that you know it works for you and keep access to the organization.": `请先用单点登录自行登录一次再开启此要求，以确认单点登录对您可用，并保留对该${term.organization}的访问权限。`,

  // Email verification and password reset
  "Your email address is verified.": "您的邮箱地址已验证。",
  "This verification link has expired or was already used. Send a new one from the banner in the console.":
    "该验证链接已过期或已被使用。请通过控制台顶部的提示重新发送。",
  "We sent you a new link. It works for {hours} hours.": "我们已向您发送新链接，{hours} 小时内有效。",
  "You asked for several emails already. Wait an hour and try again.": "您已请求发送多封邮件，请一小时后重试。",
  "The email could not be sent. Try again in a few minutes.": "邮件发送失败，请几分钟后重试。",
  "Verify your email address first: open the link in the email we sent you, or use Resend email at the top of the console.":
    "请先验证邮箱地址：打开我们发给您的邮件中的链接，或使用控制台顶部的“重新发送邮件”。",
  "If an account exists for this email, we sent a link to reset its password.": "如果该邮箱已注册账号，我们已发送重置密码的链接。",
  "Email is not set up on this server, so it cannot send you a reset link. Ask an Owner of your organization to create one for you on the Members page.": `本服务器未配置邮件，无法向您发送重置链接。请联系您${term.organization}的${term.owner}在“${term.members}”页面为您创建。`,
  "Too many reset requests. Wait an hour and try again.": "重置请求过多，请一小时后重试。",
  "This link has expired or was already used.": "该链接已过期或已被使用。",
  "Change your own password on your Profile page.": `请在“${term.profile}”页面修改您自己的密码。`,
  "Email is set up on this server: your teammate can ask for a reset link on the sign-in page.":
    "本服务器已配置邮件：您的同事可以在登录页面申请重置链接。",
  "This person is not a member of this organization.": `此人不是该${term.organization}的${term.member}。`,

  // Organizations, members and invitations
  "Enter a name for the organization.": `请输入${term.organization}名称。`,
  "An organization name has at most {count} characters.": `${term.organization}名称最多 {count} 个字符。`,
  "Type the organization's exact name to confirm.": `请输入${term.organization}的准确名称以确认。`,
  "Choose a role: Owner, Admin, Member or Viewer.": `请选择角色：${term.owner}、${term.admin}、${term.member}或${term.viewer}。`,
  "An organization needs at least one owner. Make someone else an owner or transfer ownership first.": `${term.organization}至少需要一位${term.owner}。请先将其他人设为${term.owner}，或先转让所有权。`,
  "Only an owner can change or remove an owner.": `只有${term.owner}才能修改或移除${term.owner}。`,
  "Only an owner can make someone an owner.": `只有${term.owner}才能将他人设为${term.owner}。`,
  "This person is not a member of your organization.": `此人不是您${term.organization}的${term.member}。`,
  "To leave the organization, use Leave.": `如需退出${term.organization}，请使用“退出”。`,
  "You already own this organization. Choose another member.": `您已是该${term.organization}的${term.owner}，请选择其他${term.member}。`,
  "This invitation link is not valid. Ask for a new invitation.": "该邀请链接无效，请重新索取邀请。",
  "This invitation has expired. Ask for a new invitation.": "该邀请已过期，请重新索取邀请。",
  "This invitation has already been used.": "该邀请已被使用。",
  "This invitation was revoked. Ask for a new invitation.": "该邀请已被撤销，请重新索取邀请。",
  "This invitation was sent to {email}. Sign in with that email to accept it.": "该邀请发送给 {email}，请使用该邮箱登录后接受。",
  "This person is already a member of the organization.": `此人已是该${term.organization}的${term.member}。`,
  "This email already has a pending invitation. Revoke it to send a new one.": "该邮箱已有待接受的邀请。如需重新发送，请先撤销原邀请。",
  "This invitation does not exist in your organization.": `您的${term.organization}中不存在该邀请。`,

  // Scenarios
  "Enter a scenario name.": `请输入${term.scenarioName}。`,
  "Use only Chinese characters, letters, digits and underscores (_).": "只能使用中文、字母、数字和下划线（_）。",
  "A scenario with this name already exists in your organization.": `您的${term.organization}中已有同名${term.scenario}。`,
  "Choose the additional challenge shown when the invisible check fails.": "请选择无痕验证未通过时展示的二次验证方式。",
  "Only Invisible CAPTCHA takes an additional challenge.": "只有无痕验证才可设置二次验证。",
  "Choose the result that Test Mode returns.": `请选择${term.testMode}模式返回的结果。`,
  "This test result is not offered for the chosen verification type.": `所选${term.verificationType}不提供该测试结果。`,
  "A test result only applies in Test Mode.": `测试结果仅适用于${term.testMode}模式。`,
  "The integration method cannot be changed after the scenario is created. Delete the scenario and create a new one.": `${term.scenario}创建后无法修改${term.integrationMethod}。请删除该${term.scenario}后重新创建。`,
  "This scenario was changed by someone else. Reload it and make your changes again.": `该${term.scenario}已被他人修改，请重新加载后再修改。`,
  "This scenario does not exist in your organization.": `您的${term.organization}中不存在该${term.scenario}。`,
  "Type the exact Scenario ID to confirm the deletion.": `请输入准确的${term.sceneId}以确认删除。`,
  "A Scenario ID is 8 lowercase letters and digits.": `${term.sceneId}由 8 位小写字母和数字组成。`,
  "Choose a verification type.": `请选择${term.verificationType}。`,
  "Choose a valid additional challenge.": "请选择有效的二次验证方式。",
  "Choose a rule status.": `请选择${term.ruleStatus}。`,
  "Choose a valid test result.": "请选择有效的测试结果。",
  "Choose an integration method.": `请选择${term.integrationMethod}。`,

  // Custom policies
  "Custom policies are not supported for the WeChat Mini Program Native Plugin integration method.": `${term.integrationMethod}为“微信小程序原生插件”时不支持${term.customPolicy}。`,
  "Enter a whole number from {min} to {max}.": "请输入 {min} 到 {max} 之间的整数。",
  "The daily limit cannot be lower than the hourly limit.": "每日上限不能低于每小时上限。",
  "Choose Basic Mode or Attack and Defense Mode.": "请选择基础模式或攻防模式。",
  "Choose on or off.": "请选择开启或关闭。",
  "Enter text or leave the field empty.": "请输入文本，或留空。",
  "This policy was changed by someone else. Reload it and make your changes again.": "该策略已被他人修改，请重新加载后再修改。",

  // Access keys
  "This access key does not exist in your organization.": `您的${term.organization}中不存在该 ${term.accessKeys}。`,
  "A description has at most {count} characters.": "描述最多 {count} 个字符。",
  "Not an AccessKey ID.": "不是有效的 AccessKey ID。",

  // Audit log
  "Enter a date as YYYY-MM-DD.": "请按 YYYY-MM-DD 格式输入日期。",
  "The To date must be on or after the From date.": "结束日期不能早于开始日期。",
  "Unknown time zone.": "未知时区。",
  "Only owners and admins can read the audit log.": `只有${term.owner}和${term.admin}可以查看${term.auditLog}。`,
  "Choose an action from the list.": "请从列表中选择操作。",

  // Alerts
  "Enter a name.": "请输入名称。",
  "A name has at most {count} characters.": "名称最多 {count} 个字符。",
  "Another alert rule already has this name.": "已有同名的报警规则。",
  "A rate is a percentage: enter a whole number from {min} to {max}.": "比率为百分比：请输入 {min} 到 {max} 之间的整数。",
  "Choose at least one member to email.": `请至少选择一位接收邮件的${term.member}。`,
  "Choose members of this organization.": `请选择该${term.organization}的${term.member}。`,
  "Enter an http:// or https:// URL, without a user name or password.": "请输入以 http:// 或 https:// 开头、不含用户名和密码的 URL。",
  "Enter the URL to send notifications to.": "请输入接收通知的 URL。",
  "An organization can have at most {count} alert rules. Delete one to add another.": `一个${term.organization}最多可有 {count} 条报警规则。请删除一条后再添加。`,
  "This alert rule does not exist in your organization.": `您的${term.organization}中不存在该报警规则。`,
  "Choose a metric.": "请选择指标。",
  "Choose a time window.": "请选择时间窗口。",
  "Choose how to notify.": "请选择通知方式。",
  "Choose a message format.": "请选择消息格式。",
  "The rule was deleted.": "该规则已被删除。",
  "The rule has no webhook URL.": "该规则没有 Webhook URL。",
  "Email is not configured on this server (SMTP_HOST).": "本服务器未配置邮件（SMTP_HOST）。",
  "None of the chosen members is in the organization any more.": `所选${term.member}均已不在该${term.organization}中。`,
};
