
use builtin;
use str;

set edit:completion:arg-completer[patient-guide] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'patient-guide'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'patient-guide'= {
            cand --guides 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)'
            cand --guide 'Which guide to open, by its id (default: the first)'
            cand --lang 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)'
            cand --kiosk-config 'Kiosk settings (implies --kiosk). With `check`, validates this file'
            cand --idle 'Kiosk: time without input before the countdown, e.g. 120s or 2m (overrides the config)'
            cand --questions-file 'Where `S` in "My questions" saves the list (default: ~/patient-guide-my-questions.txt)'
            cand --speech-command 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")'
            cand --xterm-font 'The terminal is an xterm that lets the app set its font (the graphical kiosk): its font for normal text, as xterm names a TrueType font ("DejaVu Sans Mono:size=20"). With --xterm-large-font, Larger text also draws larger letters'
            cand --xterm-large-font 'The xterm font for Larger text ("DejaVu Sans Mono:size=28"), with --xterm-font'
            cand --no-mouse 'Leave the mouse to the terminal, so text can be selected and copied'
            cand --kiosk 'Kiosk mode for unattended clinic terminals: no way out without the staff PIN, and a reset after idle time'
            cand --ascii 'Draw borders, markers and text with ASCII only (automatic when TERM=linux)'
            cand --large 'Start with the large layout: bigger spacing and shorter lines'
            cand --high-contrast 'Start in high contrast'
            cand --light-background 'The terminal''s background is light: colours chosen to be read on it (automatic when COLORFGBG says the background is white)'
            cand --print-questions 'Print "My questions" to standard output when the app ends'
            cand --screen-reader 'Line-by-line mode for screen readers and braille displays: numbered menus and plain text on the main screen, no drawing (automatic when TERM=dumb)'
            cand --no-speech 'Do not offer reading aloud'
            cand --exit-after-first-frame 'Draw the first frame, restore the terminal and exit: for timing start-up (bench/startup.sh)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand check 'Check guide files and directories; print every problem; exit 0 when all are valid, 2 otherwise'
            cand label 'What a US label file (SPL XML, as DailyMed publishes it) is: product, set id, version, effective date, its recent major changes and its numbered sections'
            cand manual 'Print the manual page (man patient-guide), made from these same options, or the shell completions for bash, zsh or fish: for packaging and for installing by hand'
            cand new 'Write a starter guide to FILE (never over an existing file): it passes check, has one example of every figure kind, and marks each text to write with TODO'
            cand kiosk-pin 'Make the staff PIN''s hash for kiosk.toml: type the PIN twice; prints the line to paste'
            cand console-lock 'Lock (or unlock) switching away from a Linux virtual console, for the console kiosk (Alt+F2, Alt+Left ...). Needs root; the kiosk''s service runs it before and after the kiosk'
            cand speak 'Write a topic''s speech to a WAV file, as `r` reads it aloud (for staff to check)'
            cand list 'List every guide: id, language, review date, title and condition. With --lang, what a patient of that language is offered: one guide per medicine, translated where it can be'
            cand search 'Search every guide (or one) as the app does; exit 0 with results, 1 with none'
            cand report 'Show a kiosk''s counts (kiosk.toml `counts = true`): the topics patients turned to most, the searches that found nothing (what the guides lack), languages and reading aloud'
            cand print 'Write a guide (or one section) as linear text or Markdown, for screen readers and printing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'patient-guide;check'= {
            cand --guides 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)'
            cand --lang 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)'
            cand --kiosk-config 'Kiosk settings (implies --kiosk). With `check`, validates this file'
            cand --speech-command 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")'
            cand --format 'How to print problems: text for people, json for editors and CI'
            cand --label 'Check the guides against this US label file (SPL XML, as DailyMed publishes it): sections cited that it lacks, a newer label with what changed, what no topic covers'
            cand --explain 'Print what a problem code means and how to fix it (e.g. --explain title-cut), from the guide format''s reference, and check nothing'
            cand --strict 'Treat warnings (an uncited source, an old review date, a topic above the reading grade) as errors'
            cand --readability 'Print each topic''s reading grade (Flesch-Kincaid) and reading ease'
            cand --labels-beside 'Check each guide against the label file beside it (NAME.xml by NAME.toml): a whole library, each guide with its own label, in one run'
            cand --json 'The same as --format json'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'patient-guide;label'= {
            cand --guides 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)'
            cand --lang 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)'
            cand --kiosk-config 'Kiosk settings (implies --kiosk). With `check`, validates this file'
            cand --speech-command 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")'
            cand --format 'format'
            cand --json 'The same as --format json'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'patient-guide;manual'= {
            cand --guides 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)'
            cand --lang 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)'
            cand --kiosk-config 'Kiosk settings (implies --kiosk). With `check`, validates this file'
            cand --speech-command 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'patient-guide;new'= {
            cand --guides 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)'
            cand --lang 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)'
            cand --kiosk-config 'Kiosk settings (implies --kiosk). With `check`, validates this file'
            cand --speech-command 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'patient-guide;kiosk-pin'= {
            cand --guides 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)'
            cand --lang 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)'
            cand --kiosk-config 'Kiosk settings (implies --kiosk). With `check`, validates this file'
            cand --speech-command 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'patient-guide;console-lock'= {
            cand --guides 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)'
            cand --lang 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)'
            cand --kiosk-config 'Kiosk settings (implies --kiosk). With `check`, validates this file'
            cand --speech-command 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")'
            cand --unlock 'Allow switching again'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'patient-guide;speak'= {
            cand --guides 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)'
            cand --lang 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)'
            cand --kiosk-config 'Kiosk settings (implies --kiosk). With `check`, validates this file'
            cand --speech-command 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")'
            cand --guide 'The guide''s id (default: the first guide)'
            cand --wav 'The WAV file to write'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'patient-guide;list'= {
            cand --guides 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)'
            cand --lang 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)'
            cand --kiosk-config 'Kiosk settings (implies --kiosk). With `check`, validates this file'
            cand --speech-command 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")'
            cand --format 'format'
            cand --json 'The same as --format json'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'patient-guide;search'= {
            cand --guides 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)'
            cand --lang 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)'
            cand --kiosk-config 'Kiosk settings (implies --kiosk). With `check`, validates this file'
            cand --speech-command 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")'
            cand --guide 'Only this guide, by its id'
            cand --limit 'At most this many results'
            cand --format 'format'
            cand --as-typed 'Search for the words as typed: correct no typo'
            cand --json 'The same as --format json'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'patient-guide;report'= {
            cand --guides 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)'
            cand --lang 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)'
            cand --kiosk-config 'Kiosk settings (implies --kiosk). With `check`, validates this file'
            cand --speech-command 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")'
            cand --top 'How many of each to list'
            cand --format 'format'
            cand --json 'The same as --format json'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'patient-guide;print'= {
            cand --guides 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)'
            cand --lang 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)'
            cand --kiosk-config 'Kiosk settings (implies --kiosk). With `check`, validates this file'
            cand --speech-command 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")'
            cand --section 'Only this section, by its id (e.g. how-to-take-it)'
            cand --format 'format'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'patient-guide;help'= {
            cand check 'Check guide files and directories; print every problem; exit 0 when all are valid, 2 otherwise'
            cand label 'What a US label file (SPL XML, as DailyMed publishes it) is: product, set id, version, effective date, its recent major changes and its numbered sections'
            cand manual 'Print the manual page (man patient-guide), made from these same options, or the shell completions for bash, zsh or fish: for packaging and for installing by hand'
            cand new 'Write a starter guide to FILE (never over an existing file): it passes check, has one example of every figure kind, and marks each text to write with TODO'
            cand kiosk-pin 'Make the staff PIN''s hash for kiosk.toml: type the PIN twice; prints the line to paste'
            cand console-lock 'Lock (or unlock) switching away from a Linux virtual console, for the console kiosk (Alt+F2, Alt+Left ...). Needs root; the kiosk''s service runs it before and after the kiosk'
            cand speak 'Write a topic''s speech to a WAV file, as `r` reads it aloud (for staff to check)'
            cand list 'List every guide: id, language, review date, title and condition. With --lang, what a patient of that language is offered: one guide per medicine, translated where it can be'
            cand search 'Search every guide (or one) as the app does; exit 0 with results, 1 with none'
            cand report 'Show a kiosk''s counts (kiosk.toml `counts = true`): the topics patients turned to most, the searches that found nothing (what the guides lack), languages and reading aloud'
            cand print 'Write a guide (or one section) as linear text or Markdown, for screen readers and printing'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'patient-guide;help;check'= {
        }
        &'patient-guide;help;label'= {
        }
        &'patient-guide;help;manual'= {
        }
        &'patient-guide;help;new'= {
        }
        &'patient-guide;help;kiosk-pin'= {
        }
        &'patient-guide;help;console-lock'= {
        }
        &'patient-guide;help;speak'= {
        }
        &'patient-guide;help;list'= {
        }
        &'patient-guide;help;search'= {
        }
        &'patient-guide;help;report'= {
        }
        &'patient-guide;help;print'= {
        }
        &'patient-guide;help;help'= {
        }
    ]
    $completions[$command]
}
