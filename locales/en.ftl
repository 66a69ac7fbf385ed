# English.

## Commands (bot menu)
command-start = Get started
command-help = Help
command-route = My route
command-diagnostics = Self-diagnosis
command-profile = My educational history
command-language = Язык / Language
command-cancel = Cancel the current action

## Greeting and help
start-greeting =
    Hello, { $name }!

    I help run a teacher's individual educational route (IOM): self-diagnosis against the professional standard "Teacher", professional deficits, goal and tasks, resources and activities, approval by the deputy head, checkpoints and reflection.

    { start-commands }
start-commands =
    Commands:
    /route — my route
    /diagnostics — self-diagnosis
    /profile — my educational history
    /language — язык / language
    /help — help
    /cancel — cancel the current action
start-no-invite =
    To start you need an invite link from your school. Ask the deputy head for methodical work or the head of your subject association for one and open it in Telegram.
help-text =
    How to work with your route:
    1. Take the self-diagnosis (/diagnostics): one statement at a time, a score from 0 to 3. You can stop and continue later.
    2. Build the route (/route): the bot proposes a draft from your deficits; you can change it.
    3. Submit it for approval: the deputy head or the head of your subject association approves it or returns it with a comment.
    4. Mark activities done, attach evidence, answer the checkpoints.
    5. Every half year, an effectiveness analysis; at the end, the final reflection and the next route.

    { start-commands }

## Language
language-choose = Choose the interface language:
language-changed = Interface language: English.
language-ru = Русский
language-en = English

## Cancel and unexpected input
cancel-done = Cancelled. The answers you have given are kept; you can continue at any time.
cancel-nothing = There is nothing to cancel.
unknown-input = I did not understand that. Pick a command from the menu or send /help.

## Errors
error-generic = Something went wrong. Your data is safe; please try again a little later.
error-stale-button = This button is out of date. Open the section again.
error-not-allowed = You do not have the rights for this.
