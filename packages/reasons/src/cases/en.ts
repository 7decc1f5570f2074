import { bot, customer, fallback, system, type LabelledCase } from './labelled-case.js';

const SORRY = "Sorry, I didn't quite get that. Could you say it another way?";
const REPHRASE = "I'm not sure I understood. Could you rephrase your question?";
const VOICE_SORRY = "Sorry, I didn't catch that. Please say it again.";

/** English transcripts before the first handoff, labelled by hand. */
export const EN_CASES: readonly LabelledCase[] = [
  {
    name: 'ecommerce: asks for an agent after a correct answer',
    turns: [
      customer('where is my order #A1234'),
      bot('Your order A1234 shipped yesterday and should arrive on Friday.', 0.92),
      customer('I want to speak to an agent'),
    ],
    expected: 'customer_requested_human',
    why: 'The answer was right and nothing went wrong; the customer simply asked for a person.',
  },
  {
    name: 'telecom: a one-word "agent"',
    turns: [customer('agent')],
    expected: 'customer_requested_human',
    why: 'A bare "agent" as the whole message is the usual way to ask for a person in chat.',
  },
  {
    name: 'banking: real person',
    turns: [
      bot('Hi, I am the Northwind Bank assistant. How can I help?', 0.99),
      customer('Can I talk to a real person please?'),
    ],
    expected: 'customer_requested_human',
    why: 'Explicit request for a real person.',
  },
  {
    name: 'logistics: "representative" after a status answer',
    turns: [
      customer("my parcel hasn't moved in 4 days"),
      bot('Parcel NX123456789SG is at your local delivery hub and will be delivered tomorrow.', 0.88),
      customer("that's what it said yesterday too. representative"),
    ],
    expected: 'customer_requested_human',
    why: '"representative" on its own is a request for a person; the customer does not reject the answer in words.',
  },
  {
    name: 'retail: typo-ridden request for a live agent',
    turns: [customer('pls get me a live agent asap')],
    expected: 'customer_requested_human',
    why: 'Asks for a live agent.',
  },
  {
    name: 'ecommerce: refuses the bot, then asks for a human in the next sentence',
    turns: [customer("I don't want to chat with a bot. Human please")],
    expected: 'customer_requested_human',
    why: 'The negation is about the bot; "Human please" is its own sentence and asks for a person.',
  },
  {
    name: 'ecommerce: request beats the "useless" remark',
    turns: [
      customer('how do I use two vouchers on one order'),
      bot('You can apply one voucher per order at checkout.', 0.71),
      customer('Get me a human, this bot is useless'),
    ],
    expected: 'customer_requested_human',
    why: 'An explicit request comes before a rejected answer in the rule order.',
  },
  {
    name: 'telecom: request beats a technical topic',
    turns: [customer('the app crashed twice during payment, let me talk to someone')],
    expected: 'customer_requested_human',
    why: 'The customer asks for someone; a technical topic ranks below an explicit request.',
  },
  {
    name: 'voice: request beats a hearing problem',
    turns: [
      customer('hello? hello?'),
      bot(VOICE_SORRY, 0.15, { fallback: true }),
      customer("can't hear you, operator!"),
    ],
    expected: 'customer_requested_human',
    why: '"operator" asks for a person; that ranks above the speech signals.',
  },
  {
    name: 'ecommerce: "no need for a human", then two fallbacks',
    turns: [
      customer("I don't need a human, just tell me if you're open on Easter Monday"),
      fallback(SORRY),
      customer('easter monday opening'),
      fallback(REPHRASE),
    ],
    expected: 'bot_not_understood',
    why: 'The request is negated; the bot then fell back twice.',
  },
  {
    name: 'billing: negated transfer, then a rejected answer',
    turns: [
      customer('no need to transfer me to an agent, I just want my invoice'),
      bot('You can download invoices under My Orders > Invoices.', 0.55),
      customer("that's not what I asked, I need a VAT invoice with our company name"),
    ],
    expected: 'bot_wrong_answer',
    why: 'The transfer is negated; the customer says the answer missed the question.',
  },
  {
    name: 'ecommerce: asking whether the bot is human is not a request',
    turns: [
      customer('are you a human or a bot?'),
      bot("I'm the Shopwell virtual assistant.", 0.95),
      customer('ok where is my refund for order 55120931'),
      bot('Refund for order 55120931 was issued on Monday and takes 3-5 working days.', 0.9),
    ],
    expected: 'other',
    why: 'A question about what the bot is does not ask for a person, and the refund question was answered confidently.',
  },
  {
    name: 'logistics: complaint and request together',
    turns: [customer('I want to file a complaint about your courier, get me a human')],
    expected: 'complex_or_policy',
    why: 'Complaints go to humans by rule; the request adds nothing to where this conversation had to go.',
  },
  {
    name: 'banking: payments the customer did not make',
    turns: [customer("someone used my card abroad last night, I didn't make these payments")],
    expected: 'complex_or_policy',
    why: 'Unauthorised card payments are fraud cases, routed to people by rule.',
  },
  {
    name: 'banking: chargeback',
    turns: [
      customer('how do I do a chargeback on my credit card'),
      bot('Chargebacks are handled by our disputes team.', 0.9),
    ],
    expected: 'complex_or_policy',
    why: 'A chargeback is a dispute, which goes to specialists by rule.',
  },
  {
    name: 'pharmacy: medication question',
    turns: [customer('can I take this medication with alcohol? the leaflet says nothing')],
    expected: 'complex_or_policy',
    why: 'Medical advice must come from a qualified person.',
  },
  {
    name: 'ecommerce: legal threat',
    turns: [
      customer('This is the third late delivery.'),
      bot('Sorry about the delay. Your parcel will arrive tomorrow.', 0.86),
      customer("If it's not here tomorrow I'm contacting my lawyer."),
    ],
    expected: 'complex_or_policy',
    why: 'Legal threats are routed to people by rule.',
  },
  {
    name: 'banking: suspected scam text',
    turns: [customer('I got a text saying my account is suspended and to click a link, is this a scam?')],
    expected: 'complex_or_policy',
    why: 'A suspected scam is a fraud matter.',
  },
  {
    name: 'ecommerce: "not complaining", then a fallback loop',
    turns: [
      customer("I'm not complaining, I just want to know when the refund arrives"),
      fallback(SORRY),
      customer('refund date??'),
      fallback(REPHRASE),
    ],
    expected: 'bot_not_understood',
    why: 'The complaint is explicitly denied; two fallbacks follow.',
  },
  {
    name: 'banking: negated fraud report, then a fallback loop',
    turns: [
      customer("I don't want to report fraud, I just lost my card. how do I freeze it"),
      fallback(SORRY),
      customer('freeze card'),
      fallback(REPHRASE),
    ],
    expected: 'bot_not_understood',
    why: 'Fraud is negated and a lost card is self-service; the bot did not understand twice.',
  },
  {
    name: 'account: locked out after the reset',
    turns: [
      customer("I can't log in, it says my password is wrong"),
      bot('You can reset your password with the Forgot password link on the login page.', 0.82),
      customer('did that 3 times, still locked out'),
    ],
    expected: 'authentication_required',
    why: 'The customer cannot get into the account even after the self-service reset.',
  },
  {
    name: 'telecom: no verification code',
    turns: [customer('not getting the verification code sms')],
    expected: 'authentication_required',
    why: 'Verification codes that do not arrive block sign-in; a person has to verify.',
  },
  {
    name: 'banking: identity check',
    turns: [
      customer('I need to verify my identity to raise my transfer limit'),
      bot('For your security I need to verify your identity. Please confirm the phone number on your account.', 0.93),
      customer('+44 7700 900123'),
    ],
    expected: 'authentication_required',
    why: 'Identity verification is what the customer and the bot are stuck on.',
  },
  {
    name: 'retail: typos in a login problem',
    turns: [customer('cant login to my acount since yesterday')],
    expected: 'authentication_required',
    why: 'Cannot log in, despite the missing apostrophe and the typo.',
  },
  {
    name: 'ecommerce: app crash',
    turns: [customer('the app keeps crashing when I open my cart')],
    expected: 'technical_error',
    why: 'A crashing app is a technical failure the bot cannot fix.',
  },
  {
    name: 'ecommerce: error 500 at checkout',
    turns: [customer('checkout gives me error 500'), bot('Please try again in a few minutes.', 0.6)],
    expected: 'technical_error',
    why: 'A server error at checkout.',
  },
  {
    name: 'travel: website not loading',
    turns: [customer('your website isnt loading at all, I need to check in')],
    expected: 'technical_error',
    why: 'The site does not load.',
  },
  {
    name: 'ecommerce: the system reports its own failure',
    turns: [customer("where's my refund"), system('Service temporarily unavailable. Transferring you to an agent.')],
    expected: 'technical_error',
    why: 'The platform says it is unavailable; the customer said nothing that explains the handoff.',
  },
  {
    name: 'app: not a password problem, a white screen',
    turns: [customer('not a password problem, the app just shows a white screen after login')],
    expected: 'technical_error',
    why: 'The customer rules out the password; a white screen is a technical failure.',
  },
  {
    name: 'voice: the line is bad',
    turns: [
      customer('hello? can you hear me'),
      bot(VOICE_SORRY, 0.12, { fallback: true }),
      customer('I said my bill'),
      bot('Sorry, could you repeat that?', 0.1, { fallback: true }),
    ],
    expected: 'dialect_or_speech',
    why: 'Neither side hears the other; the fallbacks come from speech, not from the question.',
  },
  {
    name: 'voice: transcription fragments',
    turns: [
      customer("uh yeah so the um bill thing it's uh"),
      fallback(VOICE_SORRY),
      customer('the- the bill no not that'),
      fallback(VOICE_SORRY),
    ],
    expected: 'dialect_or_speech',
    why: 'Disfluent speech transcripts that the bot could not read.',
  },
  {
    name: 'voice: accent',
    turns: [
      customer('I want to change my plan'),
      bot('Sure, which country are you travelling to?', 0.52),
      customer("no, change my plan. you keep mishearing me, it's my accent"),
    ],
    expected: 'dialect_or_speech',
    why: 'The customer says the bot mishears their accent.',
  },
  {
    name: 'ecommerce: fallback loop',
    turns: [
      customer('can I swap the gift wrap after ordering'),
      fallback(SORRY),
      customer('change gift wrapping'),
      fallback(REPHRASE),
    ],
    expected: 'bot_not_understood',
    why: 'Two fallbacks in a row.',
  },
  {
    name: 'retail: fallbacks told only by the bot text',
    turns: [
      customer('do u do student discount'),
      bot(SORRY, null, { fallback: null }),
      customer('student discount??'),
      bot(REPHRASE, null, { fallback: null }),
    ],
    expected: 'bot_not_understood',
    why: 'No NLU flags were sent, but the bot says twice that it did not understand.',
  },
  {
    name: 'logistics: the bot repeats the same answer',
    turns: [
      customer('how do I change the delivery slot'),
      bot('You can track your parcel under My Orders.', 0.7),
      customer('change the slot, not track it'),
      bot('You can track your parcel under My Orders.', 0.66),
    ],
    expected: 'bot_not_understood',
    why: 'The bot gave the same answer twice: it is stuck on a reading that is not the question.',
  },
  {
    name: 'ecommerce: low confidence answer, no reaction',
    turns: [
      customer('do you price match with other shops'),
      bot('Our price protection refunds the difference if we lower a price within 14 days.', 0.41),
    ],
    expected: 'low_confidence',
    why: 'The only reading has confidence 0.41; nothing else happened.',
  },
  {
    name: 'ecommerce: reading on the customer turn',
    turns: [
      customer('is the black friday discount stackable with my voucher', {
        intent: 'coupon_usage',
        confidence: 0.38,
        fallback: false,
      }),
      bot('Let me get a colleague to check that for you.'),
    ],
    expected: 'low_confidence',
    why: "The bot's reading of the question was 0.38 and it handed over.",
  },
  {
    name: 'kitchenware: answer does not help',
    turns: [
      customer('I want to return a damaged kettle'),
      bot('Our return policy allows returns within 30 days of delivery.', 0.77),
      customer("I know the policy, that doesn't help. it arrived broken"),
    ],
    expected: 'bot_wrong_answer',
    why: 'The customer says the answer does not help.',
  },
  {
    name: 'telecom: rejection beats low confidence',
    turns: [
      customer('can I change my plan mid-month'),
      bot('You can view your plan under Account > Plans.', 0.46),
      customer('not what I asked'),
    ],
    expected: 'bot_wrong_answer',
    why: "The customer rejects the answer; its low confidence explains it, but the customer's words rank first.",
  },
  {
    name: 'banking: useless answer',
    turns: [
      customer('how do I add a second card holder'),
      bot('You can order a replacement card in the app under Cards.', 0.68),
      customer("useless, you're not answering my question"),
    ],
    expected: 'bot_wrong_answer',
    why: 'Says the answer is useless and does not answer the question.',
  },
  {
    name: 'telecom: negative sentiment score',
    turns: [
      customer("I've been charged twice for my phone bill this month", { sentiment: -0.4 }),
      bot('Duplicate charges are refunded automatically within 5 working days.', 0.85),
      customer('5 days? I need that money now', { sentiment: -0.7 }),
    ],
    expected: 'negative_sentiment',
    why: 'The answer was right but the customer is upset (−0.7); no request or topic rule applies.',
  },
  {
    name: 'logistics: strong words',
    turns: [customer('seriously the worst delivery service ever!!!')],
    expected: 'negative_sentiment',
    why: '"worst" and "!!!": anger, nothing else.',
  },
  {
    name: 'logistics: ridiculous',
    turns: [
      customer("this is ridiculous, it's the third time I'm asking about the same parcel"),
      bot('Parcel NX555000111SG is out for delivery today.', 0.9),
    ],
    expected: 'negative_sentiment',
    why: '"ridiculous": the customer is fed up; the answer itself was confident.',
  },
  {
    name: 'retail: mildly negative is not enough',
    turns: [
      customer('meh, still waiting on my parcel', { sentiment: -0.4 }),
      bot('Your parcel is with the courier and will arrive tomorrow.', 0.9),
    ],
    expected: 'other',
    why: '−0.4 is above the −0.5 line and there are no strong words.',
  },
  {
    name: 'travel: nothing in the transcript explains the handoff',
    turns: [
      customer('what are your opening hours on Sunday'),
      bot('We are open 10:00-18:00 on Sundays.', 0.95),
      customer('ok and can I bring my dog'),
      bot('Dogs on a lead are welcome in all our stores.', 0.9),
    ],
    expected: 'other',
    why: 'Confident, accepted answers; the handoff came from something the transcript does not show.',
  },
  {
    name: 'insurance: billing error is not a technical error',
    turns: [
      customer('you charged me in error for the premium'),
      bot('Premium refunds are processed within 10 days.', 0.84),
    ],
    expected: 'other',
    why: '"in error" means by mistake, not a system failure, and the answer was confident.',
  },
];
