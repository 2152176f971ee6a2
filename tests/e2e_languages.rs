//! Languages end to end: the real binary in a pseudo terminal. A patient chooses Español on the
//! kiosk's welcome screen with a tap, searches "pinchazo", opens the result, walks away, and the
//! kiosk greets the next person in its own language; on a desktop, `--lang` and the locale choose.

use crate::common;

use common::pty::Session;

/// A kiosk.toml with short idle times and a log in a temp dir, and the dir (kept while the test
/// runs).
fn kiosk_config(idle: &str, countdown: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.toml");
    let log = dir.path().join("kiosk.log");
    std::fs::write(
        &path,
        format!(
            "idle = \"{idle}\"\ncountdown = \"{countdown}\"\nlog = \"{}\"\n",
            log.display()
        ),
    )
    .unwrap();
    (dir, path.display().to_string())
}

#[test]
fn choose_espanol_search_pinchazo_open_it_and_the_reset_returns_to_english() {
    let (_dir, config) = kiosk_config("3s", "2s");
    let mut s = Session::start(80, 24, &["--kiosk-config", &config]);
    s.wait_for("Press any key or touch the screen to start");
    // A tap on the language button, as on a touch screen.
    let (x, y) = s.find("Español");
    s.click(x, y);
    s.wait_for("Guías en palabras sencillas sobre su medicamento");
    s.wait_for("Presione cualquier tecla o toque la pantalla para empezar");
    s.send("\r");
    s.wait_for("Información más importante");
    s.send("/");
    s.wait_for("Buscar: _");
    s.send("pinchazo");
    s.wait_for("Cómo usarlo › Dónde inyectarlo");
    s.send("\r");
    // The topic opens in the reading pane, in Spanish, with the Spanish buttons around it.
    s.wait_for("┌ Dónde inyectarlo");
    assert!(
        s.text().contains("Urgencia") || s.text().contains("Pedir ayuda"),
        "{}",
        s.text()
    );
    // Nobody touches it: the countdown, in Spanish, then the welcome screen in English.
    s.wait_for("Presione una tecla o toque la pantalla.");
    s.wait_for("Plain-language guides to your medicine");
    s.wait_for("Press any key or touch the screen to start");
    let text = s.text();
    assert!(
        text.contains("Español (L)"),
        "Spanish is offered again:\n{text}"
    );
    assert!(!text.contains("Buscar"), "nothing Spanish is left:\n{text}");
}

/// Before the first frame only the guide shown is read (the other bundled guides come right
/// after it); a key pressed the moment the screen shows waits for them, so L finds the English
/// guide at once.
#[test]
fn the_first_key_finds_every_bundled_guide() {
    let mut s = Session::start(100, 30, &["--lang", "es"]);
    s.wait_for("Sobre esta guía");
    s.send("L");
    s.wait_for("About this guide");
    s.send("\x1b");
    s.wait_for("Most important information");
    s.send("q");
    s.wait_exit();
}

#[test]
fn on_a_desktop_the_locale_or_lang_chooses_and_l_switches() {
    let mut s = Session::start_with(100, 30, &[], &[("LANG", "es_MX.UTF-8")]);
    s.wait_for("Sobre esta guía");
    s.wait_for("Presione cualquier tecla o haga clic para empezar.");
    s.send("\x1b");
    s.wait_for("Información más importante");
    s.send("L");
    s.wait_for("Most important information");
    s.wait_for("L Español");
    s.send("q");
    s.wait_exit();

    let mut s = Session::start(100, 30, &["--lang", "es"]);
    s.wait_for("Sobre esta guía");
    // q closes the first window, as every window; a second q quits.
    s.send("q");
    s.wait_gone("Sobre esta guía");
    s.send("q");
    s.wait_exit();
}

#[test]
fn the_screen_reader_mode_speaks_spanish_and_keeps_its_letters() {
    let mut s = Session::start(100, 30, &["--screen-reader", "--lang", "es"]);
    s.wait_for("modo para lectores de pantalla");
    s.wait_for("Escriba el número de una sección");
    s.send("3\r");
    s.wait_for("Cómo usarlo. 6 temas:");
    // Check yourself marks the answers in Spanish words (it said "(right)" until 2026-12-06).
    s.send("y\r");
    s.wait_for("Escriba el número de su respuesta");
    s.send("1\r");
    s.wait_for("(no es esta)");
    s.wait_for("(correcta)");
    s.wait_for("escriba r.");
    s.send("b\r");
    s.wait_for("Cerrado");
    s.send("l\r");
    s.wait_for("The guide is now in English.");
    s.wait_for("How to take it. 6 topics:");
    s.send("q\r");
    s.wait_exit();
}

/// Issue 28: the help window in Spanish on a real terminal at 80x24: Spanish words, the keys
/// named as the keyboard prints them with the arrows in words, one way of writing a chord
/// (Alt-, Shift-), and nothing cut at the window's edge.
#[test]
fn the_help_window_in_spanish_names_every_key_and_fits_80_columns() {
    let mut s = Session::start(80, 24, &["--lang", "es"]);
    s.wait_for("Presione cualquier tecla o haga clic para empezar.");
    s.send("\x1b");
    s.wait_for("Información más importante");
    s.send("?");
    s.wait_for("Cómo usar: teclas y mouse");
    s.wait_for("Subir en una lista, o subir el texto");
    let text = s.text();
    for key in [
        "Arriba k",
        "Abajo j",
        "Izquierda h",
        "Derecha l",
        "Enter",
        "Esc",
        "AvPág (PgDn) Espacio",
        "Inicio (Home) g",
        "Shift-Tab",
        "Alt-Izquierda",
    ] {
        assert!(text.contains(key), "{key}:\n{text}");
    }
    assert!(
        !text.contains("Shift+") && !text.contains("│ Up "),
        "{text}"
    );
    // No line of the window is cut: each row's text ends inside its border.
    assert!(!text.contains('…'), "{text}");
    s.send("\x1b[6~");
    s.wait_for("Cambiar el idioma: inglés o español");
    s.send("\x1b");
    s.wait_gone("Cómo usar: teclas y mouse");
    s.send("q");
    s.wait_exit();
}
