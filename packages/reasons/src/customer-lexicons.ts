import { Lexicon } from './lexicon.js';

// What customers write, per rule of docs/escalation-reasons.md. Text is normalised first (NFKC, lower case).

const PERSON =
  '(?:person|people|humans?|agent|someone|somebody|anyone|anybody|representative|rep|operator|manager|supervisor)';

export const REQUEST = new Lexicon([
  `\\b(?:speak|talk|chat)(?:ing)?\\s+(?:to|with)\\s+(?:(?:a|an|the|some|any|one of your)\\s+)?(?:real\\s+|live\\s+|actual\\s+|human\\s+)?${PERSON}\\b`,
  `\\b(?:connect|transfer|put)\\s+me\\s+(?:through\\s+)?(?:to|with)\\s+(?:(?:a|an|the|your)\\s+)?(?:real\\s+|live\\s+|human\\s+)?${PERSON}\\b`,
  '\\b(?:want|wanna|need|get me|give me|request)\\s+(?:(?:a|an|the)\\s+)?(?:real\\s+|live\\s+|actual\\s+)?(?:person|human|agent|representative|operator|manager|supervisor)\\b',
  '\\b(?:real|live|actual)\\s+(?:person|human|agent|people|rep)\\b',
  // "Are you a human?" asks what the bot is, not for a person.
  '(?<!\\b(?:are|r)\\s+(?:you|u)\\s+(?:a\\s+|an\\s+)?)(?<!\\bis\\s+(?:this|it)\\s+(?:a\\s+|an\\s+)?)\\bhumans?\\b',
  '\\brepresentative\\b',
  '\\boperator\\b',
  '\\bagent\\s+(?:please|pls|plz|now)\\b',
  // A bare "agent" as the whole message (written to start with the word: a leading anchor scans slowly).
  '\\bagent(?=[\\s\\p{P}]*$)(?<=^[\\s\\p{P}]*(?:an?\\s+|human\\s+|live\\s+)?agent)',
  '转人工|转接人工|人工客服|人工服务|人工坐席|人工座席|人工台|真人客服',
  '(?:找|要|接|换|叫|转|来|给我)(?:个|一个|一下|下)?(?:人工(?!智能)|真人|活人|客服小姐姐|人工小姐姐)',
  // "你是真人吗" asks what the bot is.
  '(?<!是)真人',
  '人工(?!智能)(?<=^[\\s\\p{P}]*人工)',
  '人工(?:呢|在哪|在吗|在不在)',
  '有没有(?:人工|真人|活人|人)|有人(?:吗|嘛|么|在吗)|有活人吗',
  '(?:不要|不想(?:要|跟|和)?|别(?:用|让)?)(?:跟|和)?(?:机器人|智能客服)',
]);

/** Topics routed to people by rule: complaints, fraud and disputes, legal threats, medical questions. */
export const POLICY = new Lexicon([
  '\\bcomplain(?:t|ts|ing|ed)?\\b',
  '\\b(?:fraud|fraudulent|scam|scammed|scammer|phishing)\\b',
  '\\bstolen\\s+(?:card|credit card|debit card|identity|phone)\\b',
  '\\b(?:card|wallet|identity)\\s+(?:was|has been|got)\\s+stolen\\b',
  '\\bchargebacks?\\b',
  '\\bdisput(?:e|ed|ing)\\s+(?:(?:a|the|this|that)\\s+)?(?:charge|payment|transaction)',
  '\\bunauthori[sz]ed\\s+(?:charge|payment|transaction|purchase|use|access)',
  "\\b(?:didn'?t|did not|never)\\s+(?:make|authori[sz]e)\\s+(?:(?:these|this|that|those|the|any)\\s+)?(?:payment|charge|transaction|purchase)s?\\b",
  "\\b(?:charge|payment|transaction)s?\\b[^.!?\\n]{0,30}\\b(?:don'?t|do not)\\s+recogni[sz]e\\b",
  '\\bunrecogni[sz]ed\\s+(?:charge|payment|transaction)',
  "\\b(?:payment|charge|transaction|purchase)s?\\s+(?:that\\s+)?i\\s+(?:didn'?t|did not|never)\\s+(?:make|made|authori[sz]e)",
  '\\b(?:account|card|phone)\\s+(?:was\\s+|has been\\s+|got\\s+)?hacked\\b',
  '\\b(?:lawyer|attorney|solicitor|lawsuit|ombudsman|small claims)\\b',
  '\\blegal\\s+(?:action|team|department|advice)\\b',
  '\\bsu(?:e|ing)\\s+(?:you|your|them|the company)\\b',
  '\\b(?:medical|medication|medicines?|prescriptions?|prescribed|dosage|side effects?|allergic reaction|pharmacist)\\b',
  '\\b(?:hospital|diagnosis|surgery|symptoms?)\\b',
  '投诉|举报|(?<!\\d)(?:12315|315)(?!\\d)|消协|消费者协会|工商(?!银行)|市场监管|维权|曝光',
  '律师|起诉|法院|打官司|报警',
  '诈骗|被骗|欺诈|盗刷|被盗|盗号|盗用|冒用|申诉|拒付|(?:不是我|非本人)(?:本人)?(?:消费|刷|买|操作|支付)',
  '(?:扣款|扣费|消费|交易|付款)[^,.!?，。！？]{0,8}(?:不认识|不是我|没(?:有)?(?:买|消费|操作))|(?:不认识|陌生)的?(?:扣款|扣费|消费|交易)',
  // 药 alone covers 吃药, 用药, 药品 and "这个药"; pesticides, explosives and 药妆 cosmetics are not medical.
  '医疗|医保|医院|住院|就医|病历|诊断|手术|症状|处方|副作用|药师|(?<![农火弹炸])药(?!妆)',
]);

export const AUTHENTICATION = new Lexicon([
  '\\bverif(?:y|ication)\\s+(?:of\\s+)?(?:my\\s+)?(?:identity|account|id)\\b',
  '\\bidentity\\s+(?:check|verification)\\b',
  '\\bverification\\s+(?:code|text|sms|email)\\b',
  '\\b(?:otp|2fa|mfa|passcode|security code|two[- ]factor|one[- ]time (?:password|passcode|code|pin))\\b',
  '\\blocked\\s+out\\b',
  '\\baccount\\s+(?:is\\s+|was\\s+|got\\s+|has been\\s+)?(?:locked|blocked|frozen)\\b',
  "\\b(?:can'?t|cannot|can not|unable to|couldn'?t|won'?t let me)\\s+(?:log|sign)\\s*(?:in|on)\\b",
  '\\bpasswords?\\b',
  '\\breset\\s+link\\b',
  '\\bsecurity\\s+questions?\\b',
  '验证码|校验码|动态码|身份验证|身份认证|验证身份|核实身份|实名|人脸识别|刷脸|密码',
  // 登陆 is the usual typo for 登录.
  '(?:登录|登陆|登入)(?:不了|不上|不进|失败)|登不(?:上|进|了)|无法(?:登录|登陆)',
  '(?:账号|帐号|账户|帐户)被(?:锁|冻结|封)',
]);

export const TECHNICAL = new Lexicon([
  // "charged in error" and "billing error" are mistakes, not failures.
  '(?<!\\b(?:in|billing|pricing|human|typing|spelling)\\s)\\berrors?\\b',
  '\\bcrash(?:es|ed|ing)?\\b',
  "\\b(?:not|isn'?t|won'?t|doesn'?t|aren'?t|never)\\s+load(?:s|ing)?\\b",
  '\\b(?:bugs?|buggy|glitch(?:es|y)?)\\b',
  '\\bapp\\s+keeps\\b',
  '\\bkeeps\\s+(?:crashing|freezing|logging me out)\\b',
  '\\b(?:white|blank|black)\\s+screen\\b',
  '\\b(?:site|website|app|server|system|page)\\s+(?:is\\s+|was\\s+|seems\\s+)?down\\b',
  '\\bfreez(?:es|ing)\\b',
  '\\bstuck\\s+(?:on|at)\\s+(?:the\\s+)?loading\\b',
  '系统(?:错误|故障|异常|出错|崩溃|有问题)|出错|报错|错误(?:代码|码|提示)',
  '打不开|闪退|白屏|黑屏|卡死|卡住|崩溃|崩了|加载不(?:出|了)|加载失败|一直转圈|页面空白',
]);

export const SPEECH = new Lexicon([
  "\\b(?:can'?t|cannot|can not|couldn'?t)\\s+hear\\b",
  '\\bcan\\s+you\\s+hear\\s+me\\b',
  "\\bdidn'?t\\s+(?:catch|hear)\\b",
  '\\b(?:speech|voice)\\s+recognition\\b',
  '\\b(?:my|an|the)\\s+accent\\b',
  '\\bmis(?:hear|heard|hearing|hears)\\b',
  '\\bbreaking\\s+up\\b|\\bbad\\s+(?:line|connection)\\b',
  '听不清|听不见|听不到|听得到吗|听得见吗|听见吗|能听到吗|说普通话|讲普通话|方言|口音|你说啥|说的啥|信号不好',
  // "你听不懂(人话)" blames the bot, not the speech (WRONG_ANSWER).
  '(?<![你人])听不懂(?!人话|我)',
]);

/** The customer saying the answer is wrong or does not help. */
export const WRONG_ANSWER = new Lexicon([
  "\\b(?:that'?s|thats|that is|it'?s|this is)\\s+(?:wrong|not right|incorrect|not correct|not it)\\b",
  '\\bnot\\s+what\\s+i\\s+(?:asked|meant|need|needed|wanted|said)\\b',
  '\\bnot\\s+my\\s+question\\b|\\bwrong\\s+answer\\b',
  "\\b(?:you'?re|you are)\\s+not\\s+(?:answering|listening)\\b",
  "\\b(?:doesn'?t|didn'?t|does not|did not)\\s+(?:help|answer)\\b",
  '\\bnot\\s+(?:helpful|useful|relevant)\\b|\\b(?:unhelpful|useless|irrelevant)\\b',
  '\\bwhat\\s+are\\s+you\\s+talking\\s+about\\b',
  // 对不对 asks, 不对劲 means "something is off".
  '(?<!对)不对(?!劲)|答非所问|文不对题|牛头不对马嘴',
  // 没用 as a verdict ("没用啊"), not "我没用优惠券" (did not use).
  '(?:没|没有)用(?=[啊呀的吧嘛呢啦了哦]|[\\s\\p{P}]|$)|一点用(?:都|也)没有|有什么用',
  '不是(?:这个|我要的|我问的)|我问的不是|(?:说|答|回答|回复)错了|你错了',
  '没(?:有)?帮助|不管用|你在说什么|乱七八糟',
  // "You don't understand me" after an answer: the bot answered, wrongly. A bot that knows it did not
  // understand falls back instead, which is bot_not_understood.
  "\\b(?:you|u)\\s+(?:don'?t|do not|didn'?t|did not)\\s+(?:understand|get it|get me)\\b",
  "\\b(?:you'?re|you are|ur)\\s+not\\s+understanding\\b",
  '你听不懂|听不懂人话|你(?:根本)?(?:不懂|没懂|没明白|不明白|理解不了)|(?:没|不)(?:明白|理解)我(?:的意思|说的)',
]);

export const NEGATIVE_WORDS = new Lexicon([
  '\\b(?:terrible|horrible|awful|worst|ridiculous|pathetic|unacceptable|disgusting|disgraceful|outrageous)\\b',
  '\\b(?:furious|livid|fed up|sick of|a joke|wtf|damn|shit|crap|crappy|bullshit|stupid|idiots?|rubbish|garbage)\\b',
  '\\bfuck\\w*',
  '!{3,}',
  // 垃圾袋, 垃圾桶, 垃圾分类 and spam (垃圾短信) are not insults.
  '垃圾(?![袋桶箱篓分处短邮])|气死|太差|差劲|什么破|破(?:服务|系统|软件|机器人|平台)|坑人|坑爹|无语|恶心',
  '(?<!舒)服了|离谱|太过分|骗子|骗人|忍无可忍|什么玩意|搞什么|烦死',
  '滚(?![筒动轮珠])|傻[逼b]|\\bsb\\b|妈的|他妈|卧槽|我靠|操蛋',
]);
