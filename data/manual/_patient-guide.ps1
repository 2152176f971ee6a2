
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'patient-guide' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'patient-guide'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'patient-guide' {
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)')
            [CompletionResult]::new('--guide', '--guide', [CompletionResultType]::ParameterName, 'Which guide to open, by its id (default: the first)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--kiosk-config', '--kiosk-config', [CompletionResultType]::ParameterName, 'Kiosk settings (implies --kiosk). With `check`, validates this file')
            [CompletionResult]::new('--idle', '--idle', [CompletionResultType]::ParameterName, 'Kiosk: time without input before the countdown, e.g. 120s or 2m (overrides the config)')
            [CompletionResult]::new('--questions-file', '--questions-file', [CompletionResultType]::ParameterName, 'Where `S` in "My questions" saves the list (default: ~/patient-guide-my-questions.txt)')
            [CompletionResult]::new('--speech-command', '--speech-command', [CompletionResultType]::ParameterName, 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")')
            [CompletionResult]::new('--xterm-font', '--xterm-font', [CompletionResultType]::ParameterName, 'The terminal is an xterm that lets the app set its font (the graphical kiosk): its font for normal text, as xterm names a TrueType font ("DejaVu Sans Mono:size=20"). With --xterm-large-font, Larger text also draws larger letters')
            [CompletionResult]::new('--xterm-large-font', '--xterm-large-font', [CompletionResultType]::ParameterName, 'The xterm font for Larger text ("DejaVu Sans Mono:size=28"), with --xterm-font')
            [CompletionResult]::new('--no-mouse', '--no-mouse', [CompletionResultType]::ParameterName, 'Leave the mouse to the terminal, so text can be selected and copied')
            [CompletionResult]::new('--kiosk', '--kiosk', [CompletionResultType]::ParameterName, 'Kiosk mode for unattended clinic terminals: no way out without the staff PIN, and a reset after idle time')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw borders, markers and text with ASCII only (automatic when TERM=linux)')
            [CompletionResult]::new('--large', '--large', [CompletionResultType]::ParameterName, 'Start with the large layout: bigger spacing and shorter lines')
            [CompletionResult]::new('--high-contrast', '--high-contrast', [CompletionResultType]::ParameterName, 'Start in high contrast')
            [CompletionResult]::new('--light-background', '--light-background', [CompletionResultType]::ParameterName, 'The terminal''s background is light: colours chosen to be read on it (automatic when COLORFGBG says the background is white)')
            [CompletionResult]::new('--print-questions', '--print-questions', [CompletionResultType]::ParameterName, 'Print "My questions" to standard output when the app ends')
            [CompletionResult]::new('--screen-reader', '--screen-reader', [CompletionResultType]::ParameterName, 'Line-by-line mode for screen readers and braille displays: numbered menus and plain text on the main screen, no drawing (automatic when TERM=dumb)')
            [CompletionResult]::new('--no-speech', '--no-speech', [CompletionResultType]::ParameterName, 'Do not offer reading aloud')
            [CompletionResult]::new('--exit-after-first-frame', '--exit-after-first-frame', [CompletionResultType]::ParameterName, 'Draw the first frame, restore the terminal and exit: for timing start-up (bench/startup.sh)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check guide files and directories; print every problem; exit 0 when all are valid, 2 otherwise')
            [CompletionResult]::new('label', 'label', [CompletionResultType]::ParameterValue, 'What a US label file (SPL XML, as DailyMed publishes it) is: product, set id, version, effective date, its recent major changes and its numbered sections')
            [CompletionResult]::new('manual', 'manual', [CompletionResultType]::ParameterValue, 'Print the manual page (man patient-guide), made from these same options, or the shell completions for bash, zsh or fish: for packaging and for installing by hand')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Write a starter guide to FILE (never over an existing file): it passes check, has one example of every figure kind, and marks each text to write with TODO')
            [CompletionResult]::new('kiosk-pin', 'kiosk-pin', [CompletionResultType]::ParameterValue, 'Make the staff PIN''s hash for kiosk.toml: type the PIN twice; prints the line to paste')
            [CompletionResult]::new('console-lock', 'console-lock', [CompletionResultType]::ParameterValue, 'Lock (or unlock) switching away from a Linux virtual console, for the console kiosk (Alt+F2, Alt+Left ...). Needs root; the kiosk''s service runs it before and after the kiosk')
            [CompletionResult]::new('speak', 'speak', [CompletionResultType]::ParameterValue, 'Write a topic''s speech to a WAV file, as `r` reads it aloud (for staff to check)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every guide: id, language, review date, title and condition. With --lang, what a patient of that language is offered: one guide per medicine, translated where it can be')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search every guide (or one) as the app does; exit 0 with results, 1 with none')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Show a kiosk''s counts (kiosk.toml `counts = true`): the topics patients turned to most, the searches that found nothing (what the guides lack), languages and reading aloud')
            [CompletionResult]::new('print', 'print', [CompletionResultType]::ParameterValue, 'Write a guide (or one section) as linear text or Markdown, for screen readers and printing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'patient-guide;check' {
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--kiosk-config', '--kiosk-config', [CompletionResultType]::ParameterName, 'Kiosk settings (implies --kiosk). With `check`, validates this file')
            [CompletionResult]::new('--speech-command', '--speech-command', [CompletionResultType]::ParameterName, 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print problems: text for people, json for editors and CI')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Check the guides against this US label file (SPL XML, as DailyMed publishes it): sections cited that it lacks, a newer label with what changed, what no topic covers')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print what a problem code means and how to fix it (e.g. --explain title-cut), from the guide format''s reference, and check nothing')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings (an uncited source, an old review date, a topic above the reading grade) as errors')
            [CompletionResult]::new('--readability', '--readability', [CompletionResultType]::ParameterName, 'Print each topic''s reading grade (Flesch-Kincaid) and reading ease')
            [CompletionResult]::new('--labels-beside', '--labels-beside', [CompletionResultType]::ParameterName, 'Check each guide against the label file beside it (NAME.xml by NAME.toml): a whole library, each guide with its own label, in one run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'patient-guide;label' {
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--kiosk-config', '--kiosk-config', [CompletionResultType]::ParameterName, 'Kiosk settings (implies --kiosk). With `check`, validates this file')
            [CompletionResult]::new('--speech-command', '--speech-command', [CompletionResultType]::ParameterName, 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'patient-guide;manual' {
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--kiosk-config', '--kiosk-config', [CompletionResultType]::ParameterName, 'Kiosk settings (implies --kiosk). With `check`, validates this file')
            [CompletionResult]::new('--speech-command', '--speech-command', [CompletionResultType]::ParameterName, 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'patient-guide;new' {
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--kiosk-config', '--kiosk-config', [CompletionResultType]::ParameterName, 'Kiosk settings (implies --kiosk). With `check`, validates this file')
            [CompletionResult]::new('--speech-command', '--speech-command', [CompletionResultType]::ParameterName, 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'patient-guide;kiosk-pin' {
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--kiosk-config', '--kiosk-config', [CompletionResultType]::ParameterName, 'Kiosk settings (implies --kiosk). With `check`, validates this file')
            [CompletionResult]::new('--speech-command', '--speech-command', [CompletionResultType]::ParameterName, 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'patient-guide;console-lock' {
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--kiosk-config', '--kiosk-config', [CompletionResultType]::ParameterName, 'Kiosk settings (implies --kiosk). With `check`, validates this file')
            [CompletionResult]::new('--speech-command', '--speech-command', [CompletionResultType]::ParameterName, 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")')
            [CompletionResult]::new('--unlock', '--unlock', [CompletionResultType]::ParameterName, 'Allow switching again')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'patient-guide;speak' {
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--kiosk-config', '--kiosk-config', [CompletionResultType]::ParameterName, 'Kiosk settings (implies --kiosk). With `check`, validates this file')
            [CompletionResult]::new('--speech-command', '--speech-command', [CompletionResultType]::ParameterName, 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")')
            [CompletionResult]::new('--guide', '--guide', [CompletionResultType]::ParameterName, 'The guide''s id (default: the first guide)')
            [CompletionResult]::new('--wav', '--wav', [CompletionResultType]::ParameterName, 'The WAV file to write')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'patient-guide;list' {
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--kiosk-config', '--kiosk-config', [CompletionResultType]::ParameterName, 'Kiosk settings (implies --kiosk). With `check`, validates this file')
            [CompletionResult]::new('--speech-command', '--speech-command', [CompletionResultType]::ParameterName, 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'patient-guide;search' {
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--kiosk-config', '--kiosk-config', [CompletionResultType]::ParameterName, 'Kiosk settings (implies --kiosk). With `check`, validates this file')
            [CompletionResult]::new('--speech-command', '--speech-command', [CompletionResultType]::ParameterName, 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")')
            [CompletionResult]::new('--guide', '--guide', [CompletionResultType]::ParameterName, 'Only this guide, by its id')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many results')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--as-typed', '--as-typed', [CompletionResultType]::ParameterName, 'Search for the words as typed: correct no typo')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'patient-guide;report' {
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--kiosk-config', '--kiosk-config', [CompletionResultType]::ParameterName, 'Kiosk settings (implies --kiosk). With `check`, validates this file')
            [CompletionResult]::new('--speech-command', '--speech-command', [CompletionResultType]::ParameterName, 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")')
            [CompletionResult]::new('--top', '--top', [CompletionResultType]::ParameterName, 'How many of each to list')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The same as --format json')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'patient-guide;print' {
            [CompletionResult]::new('--guides', '--guides', [CompletionResultType]::ParameterName, 'Load guides from this directory (or file) instead of the bundled ones; give it again to read several together (a guide in one folder, its translation in another)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'The language of the app and of the guide, if it has a translation: en or es (default: the language of --guide, else the kiosk''s `language`, else the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)')
            [CompletionResult]::new('--kiosk-config', '--kiosk-config', [CompletionResultType]::ParameterName, 'Kiosk settings (implies --kiosk). With `check`, validates this file')
            [CompletionResult]::new('--speech-command', '--speech-command', [CompletionResultType]::ParameterName, 'Reading aloud (`r`): the speech command, with {voice}, {rate} and {volume} filled in and the text on its standard input (default: "espeak-ng -v {voice} -s {rate} -a {volume}")')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'Only this section, by its id (e.g. how-to-take-it)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'patient-guide;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check guide files and directories; print every problem; exit 0 when all are valid, 2 otherwise')
            [CompletionResult]::new('label', 'label', [CompletionResultType]::ParameterValue, 'What a US label file (SPL XML, as DailyMed publishes it) is: product, set id, version, effective date, its recent major changes and its numbered sections')
            [CompletionResult]::new('manual', 'manual', [CompletionResultType]::ParameterValue, 'Print the manual page (man patient-guide), made from these same options, or the shell completions for bash, zsh or fish: for packaging and for installing by hand')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Write a starter guide to FILE (never over an existing file): it passes check, has one example of every figure kind, and marks each text to write with TODO')
            [CompletionResult]::new('kiosk-pin', 'kiosk-pin', [CompletionResultType]::ParameterValue, 'Make the staff PIN''s hash for kiosk.toml: type the PIN twice; prints the line to paste')
            [CompletionResult]::new('console-lock', 'console-lock', [CompletionResultType]::ParameterValue, 'Lock (or unlock) switching away from a Linux virtual console, for the console kiosk (Alt+F2, Alt+Left ...). Needs root; the kiosk''s service runs it before and after the kiosk')
            [CompletionResult]::new('speak', 'speak', [CompletionResultType]::ParameterValue, 'Write a topic''s speech to a WAV file, as `r` reads it aloud (for staff to check)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every guide: id, language, review date, title and condition. With --lang, what a patient of that language is offered: one guide per medicine, translated where it can be')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search every guide (or one) as the app does; exit 0 with results, 1 with none')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Show a kiosk''s counts (kiosk.toml `counts = true`): the topics patients turned to most, the searches that found nothing (what the guides lack), languages and reading aloud')
            [CompletionResult]::new('print', 'print', [CompletionResultType]::ParameterValue, 'Write a guide (or one section) as linear text or Markdown, for screen readers and printing')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'patient-guide;help;check' {
            break
        }
        'patient-guide;help;label' {
            break
        }
        'patient-guide;help;manual' {
            break
        }
        'patient-guide;help;new' {
            break
        }
        'patient-guide;help;kiosk-pin' {
            break
        }
        'patient-guide;help;console-lock' {
            break
        }
        'patient-guide;help;speak' {
            break
        }
        'patient-guide;help;list' {
            break
        }
        'patient-guide;help;search' {
            break
        }
        'patient-guide;help;report' {
            break
        }
        'patient-guide;help;print' {
            break
        }
        'patient-guide;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
