# The interface's words in English. Every message here must also be in es.ftl (a test checks).
# Syntax: Project Fluent (https://projectfluent.org). { $name } is filled in by the app.

## Keys: what each does, as help lists it; footer and kiosk-bar buttons.

help-touch-menu = Touch one to open it:
menu-search = Search: type a few words on the screen's keyboard
menu-add-question = Add a question about "{ $title }" to My questions
menu-my-questions = My questions for your doctor, and a code to take them home
menu-check-yourself = Check yourself: a few questions about what you read
menu-key-facts = The most important information
menu-text-larger = Larger letters
menu-text-smaller = Smaller letters
menu-contrast = High contrast on or off: white on black
menu-guides = Another medicine
keyboard-space = Space
keyboard-erase = Erase
keyboard-add-question = Add it to My questions
help-zoom-key = Ctrl +
help-zoom = Bigger letters: most terminals zoom with Ctrl and +
help-up = Move up a list, or scroll the text up
help-down = Move down a list, or scroll the text down
help-left = Previous section tab, or back out of a pane
help-right = Next section tab, or into the next pane
help-enter = Open the selected section or topic
footer-enter = Open
help-back = Go back out; close a window
footer-back = Back
bar-back = Back
bar-back-short = Back
help-history-back = Back to the topic you came from by a link (else like { $back })
help-history-forward = Forward again through the topics you went back from
help-next-link = Choose the next link in the text; { $enter } follows it
help-next-pane = Next pane
help-prev-pane = Previous pane
help-section = Jump to that section
help-page-up = Scroll up a page
help-page-down = Scroll down a page
help-top = Go to the top
help-bottom = Go to the end
help-help = Show or hide this help
footer-help = Help
bar-help = Help
bar-help-short = Help
help-get-help = Get help now: when to call your care team or an ambulance
footer-get-help = Get help
bar-get-help = Get help
bar-get-help-short = Get help
help-key-facts = The most important information, in a few lines
footer-key-facts = Key facts
help-check-yourself = Check yourself: a few questions about what you read
bar-check-yourself = Quiz
bar-check-yourself-short = Quiz
help-search = Search every guide
footer-search = Search
help-guides = Choose another guide (type to narrow the list)
footer-guides = Guides
help-next-match = Next search match in the topic
help-prev-match = Previous search match in the topic
help-define-next = Explain the next underlined word
help-define-previous = Explain the previous underlined word
help-steps = Go through a topic's steps one at a time
help-add-question = Add a question about this topic to My questions
help-my-questions = My questions: the list to take to your doctor
footer-my-questions = My questions
help-sources = List every source in full
footer-sources = Sources
help-about = About this guide: disclaimer and review date
footer-about = About
help-text-size = Larger or normal text
bar-text-size = Larger text
bar-text-size-short = Larger
help-contrast = High contrast on or off
bar-contrast = Contrast
bar-contrast-short = Contrast
help-read-aloud = Read aloud the topic, step or window; again or { $back } stops
bar-read-aloud = Read aloud
bar-read-aloud-short = Read
help-speech-speed-more = Read aloud faster
bar-speech-speed-more = Faster
bar-speech-speed-more-short = Faster
help-speech-speed-less = Read aloud slower
bar-speech-speed-less = Slower
bar-speech-speed-less-short = Slower
help-speech-volume-more = Read aloud louder
help-speech-volume-less = Read aloud quieter
help-quit = Close a window, or quit
footer-quit = Quit
help-quit-now = Quit at once
help-home = Back to the start of the guide
bar-home = Home
bar-home-short = Home
help-questions-write-question = My questions: write your own question
help-questions-remove-question = My questions: remove the selected question
help-questions-move-question-up = My questions: move the selected question up
help-questions-move-question-down = My questions: move the selected question down
help-questions-save-questions = My questions: save the list to a file
help-typing-type-erase = Typing: erase the last character
help-typing-up = Typing: the result above
help-typing-down = Typing: the result below
help-typing-page-up = Typing: scroll the results up
help-typing-page-down = Typing: scroll the results down
help-typing-enter = Typing: open the result, or keep the question
help-typing-back = Typing: close the box
help-typing-as-typed = Search: the words as typed, not corrected
help-typing-quit-now = Quit at once
help-pin-pin-erase = Staff PIN: erase the last digit
help-pin-enter = Staff PIN: check it
help-pin-back = Staff PIN: cancel
help-language = Change the language: English or Spanish
footer-language = Language
bar-language = Language
bar-text-size-smaller = Smaller text
bar-text-size-smaller-short = Smaller
help-click-key = Click
help-click = Open a tab, topic, source or footer button
help-wheel-key = Wheel
help-wheel = Scroll the pane under the pointer
key-name-up = Up
key-name-down = Down
key-name-left = Left
key-name-right = Right
key-name-enter = Enter
key-name-backspace = Backspace
key-name-backtab = Shift-Tab
key-name-page-up = PgUp
key-name-page-down = PgDn
key-name-home = Home
key-name-end = End
key-name-space = Space
key-name-delete = Delete
key-arrow-up = Up arrow
key-arrow-down = Down arrow
key-arrow-left = Left arrow
key-arrow-right = Right arrow

## Window titles.

window-about = About this guide
window-help = Help: keys and mouse
window-help-kiosk = Help
window-sources = Sources
window-pin = Staff exit
window-search = Search
window-add-question = Add to My questions
window-confirm-quit = Quit?
window-my-questions = My questions
window-write-question = Write your own question
window-term = What this word means
window-steps = Step by step
window-quiz = Check yourself

## About this guide.

about-for = For: { $condition }
about-reviewed = Last reviewed: { $date }.
about-label = The US label this guide refers to: version { $version }, effective { $date }.
about-label-set = The US label this guide refers to: version { $version }, effective { $date } (DailyMed set id { $set_id }).
about-keys = Use the arrow keys and { $enter }, the number keys { $digits }, or click. Press { $help } for help.
about-start = Press any key or click to start.

## Sources window.

source-publisher = Publisher: { $publisher }
source-version = Version: { $version }
source-date = Date: { $date }
source-location = Where to find it: { $location }

## Staff exit (kiosk).

pin-intro = For staff only. Type the PIN, then press { $check }.
pin-cancel = { $cancel } cancels.
pin-typed = PIN: { $mask }_
pin-wrong = That PIN is not right. Try again.
notice-pin-locked = The staff exit is locked after wrong PINs. Try again in { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}.

## My questions.

add-question-intro = Choose a question to add, then press { $enter } (or tap it).
quit-unsaved = { $count ->
    [one] 1 question in My questions is not saved.
   *[other] { $count } questions in My questions are not saved.
}
quit-choose = Choose, then press { $enter } (or tap it).
quit-save = Save them, then quit
quit-discard = Quit without saving them
quit-stay = Stay
write-question-intro = Type your question, then press { $enter }. { $back } goes back.
write-question-touch = Touch the letters below to write your question, then touch "Add it to My questions". The Back button goes back without it.
questions-empty = Your list is empty.
questions-how = Press { $add } on any topic to add a question about it, or { $write } to write your own.
questions-keys = { $write } write your own · { $remove } remove · { $up }/{ $down } move up/down
questions-keys-save = {" "}· { $save } save to a file
questions-touch = Touch a question to choose it, then a button below.
questions-button-write = Write a question of your own
questions-button-remove = Remove it
questions-button-up = Move it up
questions-button-down = Move it down
questions-qr = Scan this code with your phone's camera to take the list with you. Nothing is saved here.
questions-qr-whole = Scan it whole: if it is cut off at the bottom, scroll down ({ $down }, or a touch on "More" at the bottom) until all three corner squares show.
questions-qr-small = This screen is too small to show your list as a code to scan. Take a photo of the list with your phone instead, or write it down.

## A glossary term.

term-back = { $back } or a click goes back to where you were reading.

## Search.

# patient-guide list: its column headings, and a translation's note.
list-id = id
list-language = lang
list-reviewed = reviewed
list-title = title (condition)
list-translates = translates { $original }

# A draft translation's topic that is not translated yet.
topic-untranslated = This topic is not translated yet: it is shown in the language it was written in.

search-typed = Search: { $query }_
search-empty = Type a few words, like "missed dose" or "vaccines". { $enter } opens a result.
search-closest = Nothing matches. The guide may not cover it: ask your care team. The closest topics:
search-corrected = Showing results for "{ $words }".
search-as-typed = Search for "{ $typed }" instead: { $key }
search-count = { $count ->
    [one] 1 result
   *[other] { $count } results
}

## Step by step.

step-of = Step { $step } of { $count }
step-previous = { $arrow } Previous step
step-next = Next step { $arrow }
step-done = Done: back to the topic
step-keys = { $next } or { $enter }: next. { $previous }: back. { $back }: close. Or tap a button.

## Check yourself.

quiz-none = This guide has no questions to check yourself with.
quiz-of = Question { $question } of { $count }
quiz-how = Press the number of your answer, or tap it. { $back } closes.
quiz-mark-right = (right)
quiz-mark-wrong = (not this one)
quiz-right = Right.
quiz-wrong = Not quite. The answer is { $answer }.
quiz-read-more = { $arrow } Read more: { $title }
quiz-next = { $arrow } Next question
quiz-done = Done: close
quiz-previous = { $arrow } Previous question
quiz-keys = { $link }: read more. { $next } or { $enter }: next. { $previous }: back. { $back }: close.
quiz-kept = Nothing you answer is kept.

## Words the app adds to a guide's figures (in the guide's language).

figure-time-at = { $unit } { $at }
figure-day = Day
figure-week = Week
figure-month = Month
figure-year = Year
figure-percent = Percent
figure-per-year = A year
figure-number = Number
figure-value-per-year = { $value } a year
figure-in-100 = { $count } in 100
figure-about-in-100 = about { $count } in 100
figure-people = { $who }: { $count } people { $marked }
questions-list-heading = My questions for my doctor about { $guide }
    (from the patient guide reviewed { $date })
questions-qr-too-long = The list is too long for a QR code. Remove a question, or write the list down.
figure-everyone-else = everyone else
figure-source = {"Source: "}
figure-steps-open = { $arrow } { $count ->
    [one] Show the step on its own
   *[other] Go through the { $count } steps one at a time
} (press { $key }, or tap here)

## print: a guide as text (in the guide's language).

print-reviewed = Last reviewed: { $date }
print-purpose = A guide to { $title }: what it is, how to take it safely, and when to get help.
print-sources = Sources
print-quiz-intro = Choose an answer for each question. The answers follow.
print-answers = Answers
print-answer = { $number }. Answer { $letter }) { $answer }
print-explain = { $explain } See "{ $topic }".
print-link = { $text } (see "{ $title }")
print-figure = Figure: { $title }
print-what-happens = What happens
print-later = Later
print-who-or-what = Who or what
print-group = Group
print-who = Who
print-in-100 = In 100 people, { $marked }
print-about = about { $count }
print-figure-sources = Figure sources: { $sources }
print-other-questions = Other questions:
print-questions = Questions to ask your care team:
print-topic-sources = Sources: { $sources }
print-places-cited = Sections cited: { $places }.
print-section = section { $place }
print-sections = sections { $places } and { $last }

## The frame: title row, navigation, panes, buttons.

disclaimer-short = Education only, not medical advice. Emergency? Call your local emergency number. Ask your care team.
disclaimer-shorter = Not medical advice. Emergency: call local emergency number. Ask your care team.
title-reading-aloud = Reading aloud ({ $key } stops)
title-reviewed = Reviewed { $date }
crumb-sections = Choose a section: { $enter } or its number
pane-sections = Sections
button-back = Back
button-up = Up
button-more = More
window-start = Start: any key or click
window-close = Close: { $back } or click here
window-close-touch = Close: touch here
reader-lines = lines { $from }-{ $to } of { $count }
reader-match = match { $current } of { $count } ({ $next }/{ $previous })
too-small = Please enlarge the window. patient-guide needs at least { $min_width }x{ $min_height }; this one is { $width }x{ $height }.

## Kiosk screens.

welcome-subtitle = Plain-language guides to your medicine
welcome-choose = Choose a guide with the arrows, then press any key or touch the screen to start
welcome-start = Press any key or touch the screen to start
countdown-still-reading = Still reading?
countdown-touch = Press a key or touch the screen.
countdown-left = Starting over in { $seconds } s

## A topic's own parts.

topic-questions = Questions to ask your care team
topic-other-questions = Other questions
topic-section = section { $place }
topic-sections = sections { $places }
spoken-step = Step { $step }

## Messages.

questions-saved = Saved to { $path }
questions-saved-on = Saved on { $date }
questions-not-saved = Not saved: could not write { $path }: { $why }. Nothing was lost: your list is still here, and any earlier saved list is unchanged.
questions-talk-about = Can we talk about "{ $title }"?
questions-already = That question is already on your list.
questions-added = Added to My questions: { $question }
notice-speed = Reading speed: { $rate } words a minute
notice-volume = Reading volume: { $volume } %
speech-no-command = Read aloud: no speech command is set
speech-missing-espeak = Read aloud needs espeak-ng: apt install espeak-ng
speech-missing = Read aloud needs `{ $program }`, which is not installed
speech-cannot-start = Read aloud could not start `{ $program }`: { $why }
speech-failed = The speech engine failed: { $why }

## Screen-reader mode (--screen-reader): lines said one after another.

sr-opening = patient-guide, screen-reader mode.
sr-commands-hint = Type h and Enter for the commands.
sr-idle-reset = No one typed for a while: the guide starts again for the next person.
sr-key-number = a number
sr-key-word = a word, or s
sr-help-number = open that item of the list
sr-help-word = search every guide for it (s asks for the words)
sr-help-back = back one step
sr-help-next = next or previous topic
sr-help-key-facts = the most important information
sr-help-get-help = when and where to get help
sr-help-quiz = check yourself: questions about what you read
sr-help-words = what the words in this topic mean
sr-help-add = add a question about this topic to My questions
sr-help-my-questions = My questions: read, write, remove and save the questions for your doctor
sr-help-about = about this guide, and the disclaimer
sr-help-guides = choose another guide
sr-prompt-guides = Type the number of a guide, words to narrow the list, or b
sr-guides = { $count ->
    [one] 1 guide:
   *[other] { $count } guides:
}
sr-help-language = change the language (English, español)
sr-help-commands = these commands
sr-help-quit = quit
sr-now-reading = Now reading the guide { $guide }.
sr-prompt-search = Type the words to search for, or b
sr-prompt-answer = Type the number of your answer, or b to stop
sr-prompt-next-question = Type n for the next question, r to read more about it, or b to stop
sr-prompt-add = Type the number of the question to add, or b
sr-prompt-write = Type your question, then Enter (an empty line, or b, writes nothing)
sr-prompt-questions = Type w to write a question, r and its number to remove it (like r 2), s to save the list to a file, or b
sr-prompt-questions-kiosk = Type w to write a question, r and its number to remove it (like r 2), or b
sr-prompt-quit = Type the number of your choice
sr-question-removed = Removed from your list: { $question }
sr-questions-hint = That is not one of the choices here.
sr-prompt-result = Type the number of a result, or b
sr-prompt-sections = Type a section number, a word to search, or h for help
sr-prompt-topics = Type a topic number, b for the sections, a word to search, or h for help
sr-prompt-topic = { $links ->
    [yes] Type a link's number, n for the next topic
   *[no] Type n for the next topic
}, p for the previous, { $back ->
    [yes] b to go back to the topic you came from
   *[no] b for the list
}, or h for help
sr-kiosk-quit = This is a clinic kiosk. Staff can end it.
sr-language-changed = The guide is now in English.
language-guide-untranslated = Menus in English. This guide has no translation, so it stays in { $guide ->
        [es] Spanish
       *[en] English
    }.
sr-last-topic = This is the last topic of the section.
sr-first-topic = This is the first topic of the section.
sr-no-section = There is no section with that number.
sr-no-topic = There is no topic with that number.
sr-links = { $count ->
    [one] This topic links to 1 other topic:
   *[other] This topic links to { $count } other topics:
}
sr-no-link = There is no link with that number.
sr-quiz-read-more = Read more in the topic "{ $title }": type r.
sr-closed = Closed.
sr-last-question = That was the last question.
sr-number-or-b = Type a number from the list, or b.
sr-sections = { $count ->
    [one] 1 section:
   *[other] { $count } sections:
}
sr-topics = { $count ->
    [one] 1 topic:
   *[other] { $count } topics:
}
sr-source = (source { $number })
sr-topic-of = Topic { $topic } of { $count } in { $section }.
sr-search-closest = Nothing matches "{ $words }". The guide may not cover it: ask your care team. The closest topics:
sr-search-corrected = Showing results for "{ $words }". To search for "{ $typed }" as you typed it, type it in quotes: "{ $typed }"
sr-search-results = { $count ->
    [one] 1 result for "{ $words }":
   *[other] { $count } results for "{ $words }":
}
sr-no-words = This topic has no words explained in the glossary.
notice-guides-left-out = { $count ->
    [one] One guide has a problem and is not shown: run patient-guide check
   *[other] { $count } guides have problems and are not shown: run patient-guide check
}

window-guides = Guides
guides-typed = Find a guide: { $typed }_
guides-how = { $count ->
    [one] 1 guide.
   *[other] { $count } guides.
} Type a medicine or condition to narrow the list. { $enter } opens the highlighted guide.
guides-none = No guide matches "{ $typed }". Erase a letter with Backspace.
guides-open-now = (reading now)
guides-more = { $count } more guides: type to narrow the list.
notice-guide-unchecked = This guide has a problem and is not shown: { $why }
notice-no-get-help = This guide has no Get help page. Emergency? Call your local emergency number.
notice-no-key-facts = This guide has no Key facts page. Look through its sections instead.
welcome-more-guides = All { $count } guides: tap here, or press { $key }
