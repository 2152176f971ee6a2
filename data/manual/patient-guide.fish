# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_patient_guide_global_optspecs
    string join \n guides= guide= lang= no-mouse kiosk kiosk-config= idle= ascii large high-contrast light-background print-questions questions-file= speech-command= screen-reader no-speech xterm-font= xterm-large-font= exit-after-first-frame h/help V/version
end

function __fish_patient_guide_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_patient_guide_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_patient_guide_using_subcommand
    set -l cmd (__fish_patient_guide_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c patient-guide -n "__fish_patient_guide_needs_command" -l guides -d 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)' -r -F
complete -c patient-guide -n "__fish_patient_guide_needs_command" -l guide -d 'Which guide to open, by its id (default: the first)' -r
complete -c patient-guide -n "__fish_patient_guide_needs_command" -l lang -d 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk\'s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)' -r
complete -c patient-guide -n "__fish_patient_guide_needs_command" -l kiosk-config -d 'Kiosk settings (implies --kiosk). With `check`, validates this file' -r -F
complete -c patient-guide -n "__fish_patient_guide_needs_command" -l idle -d 'Kiosk: time without input before the countdown, e.g. 120s or 2m (overrides the config)' -r
complete -c patient-guide -n "__fish_patient_guide_needs_command" -l questions-file -d 'Where `S` in "My questions" saves the list (default: ~/patient-guide-my-questions.txt)' -r -F
complete -c patient-guide -n "__fish_patient_guide_needs_command" -l speech-command -d 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")' -r
complete -c patient-guide -n "__fish_patient_guide_needs_command" -l xterm-font -d 'The terminal is an xterm that lets the app set its font (the graphical kiosk): its font for normal text, as xterm names a TrueType font ("DejaVu Sans Mono:size=20"). With --xterm-large-font, Larger text also draws larger letters' -r
complete -c patient-guide -n "__fish_patient_guide_needs_command" -l xterm-large-font -d 'The xterm font for Larger text ("DejaVu Sans Mono:size=28"), with --xterm-font' -r
complete -c patient-guide -n "__fish_patient_guide_needs_command" -l no-mouse -d 'Leave the mouse to the terminal, so text can be selected and copied'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -l kiosk -d 'Kiosk mode for unattended clinic terminals: no way out without the staff PIN, and a reset after idle time'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -l ascii -d 'Draw borders, markers and text with ASCII only (automatic when TERM=linux)'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -l large -d 'Start with the large layout: bigger spacing and shorter lines'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -l high-contrast -d 'Start in high contrast'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -l light-background -d 'The terminal\'s background is light: colours chosen to be read on it (automatic when COLORFGBG says the background is white)'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -l print-questions -d 'Print "My questions" to standard output when the app ends'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -l screen-reader -d 'Line-by-line mode for screen readers and braille displays: numbered menus and plain text on the main screen, no drawing (automatic when TERM=dumb)'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -l no-speech -d 'Do not offer reading aloud'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -l exit-after-first-frame -d 'Draw the first frame, restore the terminal and exit: for timing start-up (bench/startup.sh)'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -s h -l help -d 'Print help'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -s V -l version -d 'Print version'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -f -a "check" -d 'Check guide files and directories; print every problem; exit 0 when all are valid, 2 otherwise'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -f -a "label" -d 'What a US label file (SPL XML, as DailyMed publishes it) is: product, set id, version, effective date, its recent major changes and its numbered sections'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -f -a "manual" -d 'Print the manual page (man patient-guide), made from these same options, or the shell completions for bash, zsh or fish: for packaging and for installing by hand'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -f -a "new" -d 'Write a starter guide to FILE (never over an existing file): it passes check, has one example of every figure kind, and marks each text to write with TODO'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -f -a "kiosk-pin" -d 'Make the staff PIN\'s hash for kiosk.toml: type the PIN twice; prints the line to paste'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -f -a "console-lock" -d 'Lock (or unlock) switching away from a Linux virtual console, for the console kiosk (Alt+F2, Alt+Left ...). Needs root; the kiosk\'s service runs it before and after the kiosk'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -f -a "speak" -d 'Write a topic\'s speech to a WAV file, as `r` reads it aloud (for staff to check)'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -f -a "list" -d 'List every guide: id, language, review date, title and condition. With --lang, what a patient of that language is offered: one guide per medicine, translated where it can be'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -f -a "search" -d 'Search every guide (or one) as the app does; exit 0 with results, 1 with none'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -f -a "report" -d 'Show a kiosk\'s counts (kiosk.toml `counts = true`): the topics patients turned to most, the searches that found nothing (what the guides lack), languages and reading aloud'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -f -a "print" -d 'Write a guide (or one section) as linear text or Markdown, for screen readers and printing'
complete -c patient-guide -n "__fish_patient_guide_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand check" -l guides -d 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand check" -l lang -d 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk\'s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand check" -l kiosk-config -d 'Kiosk settings (implies --kiosk). With `check`, validates this file' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand check" -l speech-command -d 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand check" -l format -d 'How to print problems: text for people, json for editors and CI' -r -f -a "text\t''
json\t''"
complete -c patient-guide -n "__fish_patient_guide_using_subcommand check" -l label -d 'Check the guides against this US label file (SPL XML, as DailyMed publishes it): sections cited that it lacks, a newer label with what changed, what no topic covers' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand check" -l explain -d 'Print what a problem code means and how to fix it (e.g. --explain title-cut), from the guide format\'s reference, and check nothing' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand check" -l strict -d 'Treat warnings (an uncited source, an old review date, a topic above the reading grade) as errors'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand check" -l readability -d 'Print each topic\'s reading grade (Flesch-Kincaid) and reading ease'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand check" -l labels-beside -d 'Check each guide against the label file beside it (NAME.xml by NAME.toml): a whole library, each guide with its own label, in one run'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand check" -l json -d 'The same as --format json'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand check" -s h -l help -d 'Print help'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand label" -l guides -d 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand label" -l lang -d 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk\'s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand label" -l kiosk-config -d 'Kiosk settings (implies --kiosk). With `check`, validates this file' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand label" -l speech-command -d 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand label" -l format -r -f -a "text\t''
json\t''"
complete -c patient-guide -n "__fish_patient_guide_using_subcommand label" -l json -d 'The same as --format json'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand label" -s h -l help -d 'Print help'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand manual" -l guides -d 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand manual" -l lang -d 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk\'s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand manual" -l kiosk-config -d 'Kiosk settings (implies --kiosk). With `check`, validates this file' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand manual" -l speech-command -d 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand manual" -s h -l help -d 'Print help'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand new" -l guides -d 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand new" -l lang -d 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk\'s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand new" -l kiosk-config -d 'Kiosk settings (implies --kiosk). With `check`, validates this file' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand new" -l speech-command -d 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand new" -s h -l help -d 'Print help'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand kiosk-pin" -l guides -d 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand kiosk-pin" -l lang -d 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk\'s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand kiosk-pin" -l kiosk-config -d 'Kiosk settings (implies --kiosk). With `check`, validates this file' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand kiosk-pin" -l speech-command -d 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand kiosk-pin" -s h -l help -d 'Print help'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand console-lock" -l guides -d 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand console-lock" -l lang -d 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk\'s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand console-lock" -l kiosk-config -d 'Kiosk settings (implies --kiosk). With `check`, validates this file' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand console-lock" -l speech-command -d 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand console-lock" -l unlock -d 'Allow switching again'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand console-lock" -s h -l help -d 'Print help'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand speak" -l guides -d 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand speak" -l lang -d 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk\'s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand speak" -l kiosk-config -d 'Kiosk settings (implies --kiosk). With `check`, validates this file' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand speak" -l speech-command -d 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand speak" -l guide -d 'The guide\'s id (default: the first guide)' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand speak" -l wav -d 'The WAV file to write' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand speak" -s h -l help -d 'Print help'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand list" -l guides -d 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand list" -l lang -d 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk\'s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand list" -l kiosk-config -d 'Kiosk settings (implies --kiosk). With `check`, validates this file' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand list" -l speech-command -d 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand list" -l format -r -f -a "text\t''
json\t''"
complete -c patient-guide -n "__fish_patient_guide_using_subcommand list" -l json -d 'The same as --format json'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand list" -s h -l help -d 'Print help'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand search" -l guides -d 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand search" -l lang -d 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk\'s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand search" -l kiosk-config -d 'Kiosk settings (implies --kiosk). With `check`, validates this file' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand search" -l speech-command -d 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand search" -l guide -d 'Only this guide, by its id' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand search" -l limit -d 'At most this many results' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand search" -l format -r -f -a "text\t''
json\t''"
complete -c patient-guide -n "__fish_patient_guide_using_subcommand search" -l as-typed -d 'Search for the words as typed: correct no typo'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand search" -l json -d 'The same as --format json'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand search" -s h -l help -d 'Print help'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand report" -l guides -d 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand report" -l lang -d 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk\'s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand report" -l kiosk-config -d 'Kiosk settings (implies --kiosk). With `check`, validates this file' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand report" -l speech-command -d 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand report" -l top -d 'How many of each to list' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand report" -l format -r -f -a "text\t''
json\t''"
complete -c patient-guide -n "__fish_patient_guide_using_subcommand report" -l json -d 'The same as --format json'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand report" -s h -l help -d 'Print help'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand print" -l guides -d 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand print" -l lang -d 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk\'s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand print" -l kiosk-config -d 'Kiosk settings (implies --kiosk). With `check`, validates this file' -r -F
complete -c patient-guide -n "__fish_patient_guide_using_subcommand print" -l speech-command -d 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand print" -l section -d 'Only this section, by its id (e.g. how-to-take-it)' -r
complete -c patient-guide -n "__fish_patient_guide_using_subcommand print" -l format -r -f -a "text\t''
markdown\t''"
complete -c patient-guide -n "__fish_patient_guide_using_subcommand print" -s h -l help -d 'Print help'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand help; and not __fish_seen_subcommand_from check label manual new kiosk-pin console-lock speak list search report print help" -f -a "check" -d 'Check guide files and directories; print every problem; exit 0 when all are valid, 2 otherwise'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand help; and not __fish_seen_subcommand_from check label manual new kiosk-pin console-lock speak list search report print help" -f -a "label" -d 'What a US label file (SPL XML, as DailyMed publishes it) is: product, set id, version, effective date, its recent major changes and its numbered sections'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand help; and not __fish_seen_subcommand_from check label manual new kiosk-pin console-lock speak list search report print help" -f -a "manual" -d 'Print the manual page (man patient-guide), made from these same options, or the shell completions for bash, zsh or fish: for packaging and for installing by hand'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand help; and not __fish_seen_subcommand_from check label manual new kiosk-pin console-lock speak list search report print help" -f -a "new" -d 'Write a starter guide to FILE (never over an existing file): it passes check, has one example of every figure kind, and marks each text to write with TODO'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand help; and not __fish_seen_subcommand_from check label manual new kiosk-pin console-lock speak list search report print help" -f -a "kiosk-pin" -d 'Make the staff PIN\'s hash for kiosk.toml: type the PIN twice; prints the line to paste'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand help; and not __fish_seen_subcommand_from check label manual new kiosk-pin console-lock speak list search report print help" -f -a "console-lock" -d 'Lock (or unlock) switching away from a Linux virtual console, for the console kiosk (Alt+F2, Alt+Left ...). Needs root; the kiosk\'s service runs it before and after the kiosk'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand help; and not __fish_seen_subcommand_from check label manual new kiosk-pin console-lock speak list search report print help" -f -a "speak" -d 'Write a topic\'s speech to a WAV file, as `r` reads it aloud (for staff to check)'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand help; and not __fish_seen_subcommand_from check label manual new kiosk-pin console-lock speak list search report print help" -f -a "list" -d 'List every guide: id, language, review date, title and condition. With --lang, what a patient of that language is offered: one guide per medicine, translated where it can be'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand help; and not __fish_seen_subcommand_from check label manual new kiosk-pin console-lock speak list search report print help" -f -a "search" -d 'Search every guide (or one) as the app does; exit 0 with results, 1 with none'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand help; and not __fish_seen_subcommand_from check label manual new kiosk-pin console-lock speak list search report print help" -f -a "report" -d 'Show a kiosk\'s counts (kiosk.toml `counts = true`): the topics patients turned to most, the searches that found nothing (what the guides lack), languages and reading aloud'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand help; and not __fish_seen_subcommand_from check label manual new kiosk-pin console-lock speak list search report print help" -f -a "print" -d 'Write a guide (or one section) as linear text or Markdown, for screen readers and printing'
complete -c patient-guide -n "__fish_patient_guide_using_subcommand help; and not __fish_seen_subcommand_from check label manual new kiosk-pin console-lock speak list search report print help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
