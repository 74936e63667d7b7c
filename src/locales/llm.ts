import { defineBundle } from './types';

// Strings for the llm feature: every error sentence of the model layer says what happened and what to do.
export default defineBundle({
  'en-US': {
    'llm.error.auth': 'The provider rejected the API key (HTTP 401). Check the key in Settings; it may be mistyped, revoked or for another provider. {detail}',
    'llm.error.balance': 'Your account balance is used up (HTTP 402). Top up at the provider (for DeepSeek: platform.deepseek.com), then try again.',
    'llm.error.invalidRequest':
      'The provider refused the request as invalid: {detail}. Check the model name and settings; repeating the same request will not help.',
    'llm.error.notFound':
      'The model "{model}" or the endpoint was not found. Check the base URL and the model name in Settings (Test connection lists the models). {detail}',
    'llm.error.rateLimit': 'Too many requests right now (HTTP 429). Wait a minute and try again, or lower the number of parallel requests.',
    'llm.error.rateLimit.concurrency':
      'DeepSeek answered 429: your account is over its concurrent-request limit (every request of the account counts, from any program or key). Wait a moment and try again, or run fewer long jobs at once.',
    'llm.error.busy': 'The provider is overloaded (HTTP 503). Try again in a minute.',
    'llm.error.server': 'The provider had an internal error (HTTP {status}). Try again shortly. {detail}',
    'llm.error.timeoutConnect': 'No answer from the server within {seconds} s. Check the network or raise the connect timeout in Settings.',
    'llm.error.timeoutIdle': 'The answer stalled: nothing arrived for {seconds} s. Try again, or raise the idle timeout in Settings.',
    'llm.error.network': 'Could not reach {host}. Check the network connection and the base URL in Settings. {detail}',
    'llm.error.cors': 'The browser blocked the call to {host} because the server does not allow this add-in ({origin}) to call it (CORS).',
    'llm.error.streamCut': 'The connection dropped while the answer was arriving; none of it was used. Try again.',
    'llm.error.streamCut.cli': 'The connection dropped while the answer was arriving; nothing was written. Try again.',
    'llm.error.contextTooLong':
      'The input is too long for {model}: about {estimated} tokens, and the model takes at most {limit}. Shorten it or select a part.',
    'llm.error.tooManyChunks':
      'This text is about {estimated} tokens: condensing it would take {chunks} requests, more than the {limit} done without asking. Nothing was sent. Select a part of it or split the file.',
    'llm.error.invalidOutput':
      'The model did not return the structured answer asked for, even after one correction. Try again; if it keeps happening, choose another model in Settings. (Detail: {detail})',
    'llm.error.auth.cli':
      'The provider rejected the API key (HTTP 401). Check DSPLUS_API_KEY (or DEEPSEEK_API_KEY for DeepSeek) or "apiKey" in ~/.config/dsplus/config.json; it may be mistyped, revoked or for another provider. {detail}',
    'llm.error.notFound.cli':
      'The model "{model}" or the endpoint was not found. Check --base-url and --model (or DSPLUS_BASE_URL, DSPLUS_MODEL); `dsplus doctor` lists the models. {detail}',
    'llm.error.timeoutConnect.cli':
      'No answer from the server within {seconds} s. Check the network, or raise "connectTimeoutMs" in ~/.config/dsplus/config.json.',
    'llm.error.timeoutIdle.cli': 'The answer stalled: nothing arrived for {seconds} s. Try again, or raise "idleTimeoutMs" in ~/.config/dsplus/config.json.',
    'llm.error.network.cli':
      'Could not reach {host}. Check the network connection and the base URL (--base-url or DSPLUS_BASE_URL; `dsplus doctor` shows where it came from). {detail}',
    'llm.error.invalidOutput.cli':
      'The model did not return the structured answer asked for, even after one correction. Try again; if it keeps happening, choose another model with --model or --deep. (Detail: {detail})',
    'llm.error.notConfigured.apiKey': 'No API key is set. Enter the key for your provider in Settings.',
    'llm.error.notConfigured.baseURL': 'No base URL is set. Choose a provider in Settings.',
    'llm.error.notConfigured.model': 'No model is set. Choose a model in Settings.',
    'llm.cors.fix.cloud':
      'Fix: this provider must allow calls from the add-in origin. Or let the local relay call it for you, with the key kept out of the browser: run {relayCommand} with your key in DSPLUS_API_KEY, then choose “Through the local relay” in Settings. The dsplus command line works too.',
    'llm.cors.fix.blocked':
      'This provider is known to block browser calls. Let the local relay call it for you, with the key kept out of the browser: run {relayCommand} with your key in DSPLUS_API_KEY, then choose “Through the local relay” in Settings. The dsplus command line works too.',
    'llm.cors.fix.azure':
      "Fix: in the Azure portal, add {origin} to the resource's CORS allowed origins. Or let the local relay call it: run {relayCommand} with your key in DSPLUS_API_KEY, then choose “Through the local relay” in Settings.",
    'llm.cors.fix.ollama':
      'Fix: start Ollama with OLLAMA_ORIGINS set to the add-in origin, e.g. OLLAMA_ORIGINS="{origin}" ollama serve (or "*" on a private machine). Or run {relayCommand} and choose “Through the local relay” in Settings.',
    'llm.cors.fix.lmstudio':
      'Fix: in LM Studio turn on Developer › Server Settings › Enable CORS, or start the server with: lms server start --cors. Or run {relayCommand} and choose “Through the local relay” in Settings.',
    'llm.cors.fix.vllm':
      'Fix: start vLLM with --allowed-origins \'["{origin}"]\' (its default "*" also works). Or, for SGLang too, run {relayCommand} and choose “Through the local relay” in Settings.',
    'llm.cors.fix.relay': "Fix: the relay does not allow this add-in's origin ({origin}). Restart it with: {relayCommand}",
    'llm.error.relay.down':
      'No relay answers at {url}. Start one with: {command} (or open the pane from `npm start`, which serves one at /relay/v1), then try again.',
    'llm.error.relay.notConfigured':
      'The local relay cannot call the provider: {detail} Fix this where the relay runs (`dsplus doctor` checks it), then try again.',
    'llm.error.relay.token': 'The relay asks for its token. Copy the token that `dsplus relay` printed into Settings → Relay token.',
    'llm.error.relay.refused': 'The relay refused this request: {detail}',
    'llm.error.relay.providerMismatch':
      "The relay reaches {relay}, but Settings are for {pane}. In Settings press Test connection (it takes the relay's provider and models), then Save.",
    'llm.error.relay.upstream':
      'The relay could not reach {host} ({detail}). Check the network of the computer running the relay and its base URL (`dsplus doctor` shows it).',
    'llm.error.relay.tooLarge': 'This request is larger than the relay accepts ({limit} MB). Nothing was sent. Select a shorter part of the document.',
    'llm.warning.repaired': "The model's first answer was not valid; it was corrected in a second request.",
    'llm.warning.incomplete': 'This answer is incomplete.',
    'llm.retrying': 'Retrying in {seconds} s (attempt {attempt})…',
  },
  'zh-CN': {
    'llm.error.auth': '服务商拒绝了 API 密钥（HTTP 401）。请在“设置”中检查密钥：可能输错、已作废或属于其他服务商。{detail}',
    'llm.error.balance': '账户余额不足（HTTP 402）。请先到服务商处充值（DeepSeek：platform.deepseek.com），然后重试。',
    'llm.error.invalidRequest': '服务商认为请求无效：{detail}。请检查模型名称和设置；原样重试不会成功。',
    'llm.error.notFound': '找不到模型“{model}”或接口地址。请在“设置”中检查接口地址和模型名称（“测试连接”会列出可用模型）。{detail}',
    'llm.error.rateLimit': '请求过于频繁（HTTP 429）。请稍等一分钟再试，或减少同时进行的请求。',
    'llm.error.rateLimit.concurrency':
      'DeepSeek 返回 429：你的账户同时进行的请求数超过了上限（该账户的所有请求都计算在内，无论来自哪个程序或密钥）。请稍等片刻再试，或减少同时运行的长任务。',
    'llm.error.busy': '服务器繁忙（HTTP 503）。请过一分钟再试。',
    'llm.error.server': '服务商内部出错（HTTP {status}）。请稍后重试。{detail}',
    'llm.error.timeoutConnect': '服务器在 {seconds} 秒内没有响应。请检查网络，或在“设置”中调大连接超时。',
    'llm.error.timeoutIdle': '回答中断：已有 {seconds} 秒没有收到任何内容。请重试，或在“设置”中调大空闲超时。',
    'llm.error.network': '无法连接 {host}。请检查网络连接和“设置”中的接口地址。{detail}',
    'llm.error.cors': '浏览器拦截了对 {host} 的调用：该服务器不允许此加载项（{origin}）跨域访问（CORS）。',
    'llm.error.streamCut': '接收回答的过程中连接断开了；已收到的部分未被使用。请重试。',
    'llm.error.streamCut.cli': '接收回答的过程中连接断开了；未写入任何内容。请重试。',
    'llm.error.contextTooLong': '输入对 {model} 来说太长：约 {estimated} 个 token，而模型最多接受 {limit} 个。请缩短内容或只选择一部分。',
    'llm.error.tooManyChunks':
      '这段文本约 {estimated} 个 token，压缩它需要 {chunks} 次请求，超过了无需确认即可发送的 {limit} 次。尚未发送任何内容。请只选择其中一部分，或拆分文件。',
    'llm.error.invalidOutput': '模型没有返回所需格式的结果，纠正一次后仍不符合。请重试；若反复出现，请在“设置”中换用其他模型。（详情：{detail}）',
    'llm.error.auth.cli':
      '服务商拒绝了 API 密钥（HTTP 401）。请检查 DSPLUS_API_KEY（DeepSeek 也可用 DEEPSEEK_API_KEY）或 ~/.config/dsplus/config.json 中的 "apiKey"：可能输错、已作废或属于其他服务商。{detail}',
    'llm.error.notFound.cli':
      '找不到模型“{model}”或接口地址。请检查 --base-url 和 --model（或 DSPLUS_BASE_URL、DSPLUS_MODEL）；`dsplus doctor` 会列出可用模型。{detail}',
    'llm.error.timeoutConnect.cli': '服务器在 {seconds} 秒内没有响应。请检查网络，或在 ~/.config/dsplus/config.json 中调大 "connectTimeoutMs"。',
    'llm.error.timeoutIdle.cli': '回答中断：已有 {seconds} 秒没有收到任何内容。请重试，或在 ~/.config/dsplus/config.json 中调大 "idleTimeoutMs"。',
    'llm.error.network.cli': '无法连接 {host}。请检查网络连接和接口地址（--base-url 或 DSPLUS_BASE_URL；`dsplus doctor` 会显示它的来源）。{detail}',
    'llm.error.invalidOutput.cli':
      '模型没有返回所需格式的结果，纠正一次后仍不符合。请重试；若反复出现，请用 --model 或 --deep 换用其他模型。（详情：{detail}）',
    'llm.error.notConfigured.apiKey': '尚未设置 API 密钥。请在“设置”中填写服务商的密钥。',
    'llm.error.notConfigured.baseURL': '尚未设置接口地址。请在“设置”中选择服务商。',
    'llm.error.notConfigured.model': '尚未设置模型。请在“设置”中选择模型。',
    'llm.cors.fix.cloud':
      '解决办法：该服务商需要允许来自加载项地址的调用。也可以让本地中转代为调用，密钥不进浏览器：把密钥放进 DSPLUS_API_KEY 后运行 {relayCommand}，再在“设置”中选择“通过本地中转”。dsplus 命令行同样可用。',
    'llm.cors.fix.blocked':
      '该服务商已知会拦截浏览器调用。请让本地中转代为调用，密钥不进浏览器：把密钥放进 DSPLUS_API_KEY 后运行 {relayCommand}，再在“设置”中选择“通过本地中转”。dsplus 命令行同样可用。',
    'llm.cors.fix.azure':
      '解决办法：在 Azure 门户中把 {origin} 加入该资源的 CORS 允许来源。也可以让本地中转代为调用：把密钥放进 DSPLUS_API_KEY 后运行 {relayCommand}，再在“设置”中选择“通过本地中转”。',
    'llm.cors.fix.ollama':
      '解决办法：启动 Ollama 时设置 OLLAMA_ORIGINS 为加载项地址，例如 OLLAMA_ORIGINS="{origin}" ollama serve（仅限私人电脑可设为 "*"）。或者运行 {relayCommand}，并在“设置”中选择“通过本地中转”。',
    'llm.cors.fix.lmstudio':
      '解决办法：在 LM Studio 中打开 开发者 › 服务器设置 › 启用 CORS，或用 lms server start --cors 启动服务。或者运行 {relayCommand}，并在“设置”中选择“通过本地中转”。',
    'llm.cors.fix.vllm':
      '解决办法：启动 vLLM 时加上 --allowed-origins \'["{origin}"]\'（默认的 "*" 也可以）。或者（SGLang 也适用）运行 {relayCommand}，并在“设置”中选择“通过本地中转”。',
    'llm.cors.fix.relay': '解决办法：中转不允许此加载项的地址（{origin}）。请用以下命令重新启动它：{relayCommand}',
    'llm.error.relay.down': '{url} 上没有中转在运行。请用以下命令启动：{command}（或从 `npm start` 打开任务窗格，它在 /relay/v1 自带中转），然后重试。',
    'llm.error.relay.notConfigured': '本地中转无法调用服务商：{detail} 请在运行中转的电脑上修正（`dsplus doctor` 可检查），然后重试。',
    'llm.error.relay.token': '中转需要它的令牌。请把 `dsplus relay` 打印的令牌填入“设置”→“中转令牌”。',
    'llm.error.relay.refused': '中转拒绝了这个请求：{detail}',
    'llm.error.relay.providerMismatch': '中转连接的是 {relay}，而“设置”中是 {pane}。请在“设置”中点“测试连接”（会采用中转的服务商和模型），然后保存。',
    'llm.error.relay.upstream': '中转无法连接 {host}（{detail}）。请检查运行中转的电脑的网络和接口地址（`dsplus doctor` 可查看）。',
    'llm.error.relay.tooLarge': '这个请求超出了中转接受的大小（{limit} MB），没有发送任何内容。请只选择文档的一部分。',
    'llm.warning.repaired': '模型第一次的回答不合格，已通过第二次请求纠正。',
    'llm.warning.incomplete': '此回答不完整。',
    'llm.retrying': '{seconds} 秒后重试（第 {attempt} 次）…',
  },
});
