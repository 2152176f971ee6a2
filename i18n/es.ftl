# Las palabras de la interfaz en español (neutro, para América Latina; se trata al paciente de
# usted). Cada mensaje de en.ftl debe estar aquí también (una prueba lo comprueba).
# Sintaxis: Project Fluent (https://projectfluent.org). La app completa { $nombre }.

## Teclas: qué hace cada una, como la lista la ayuda; botones del pie y de la barra del quiosco.

help-touch-menu = Toque una opción para abrirla:
menu-search = Buscar: escriba unas palabras con el teclado de la pantalla
menu-add-question = Agregar una pregunta sobre "{ $title }" a Mis preguntas
menu-my-questions = Mis preguntas para su médico, y un código para llevarlas a casa
menu-check-yourself = Póngase a prueba: unas preguntas sobre lo que leyó
menu-key-facts = La información más importante
menu-text-larger = Letras más grandes
menu-text-smaller = Letras más pequeñas
menu-contrast = Activar o desactivar el alto contraste: blanco sobre negro
menu-guides = Otro medicamento
keyboard-space = Espacio
keyboard-erase = Borrar
keyboard-add-question = Agregarla a Mis preguntas
help-zoom-key = Ctrl +
help-zoom = Letras más grandes: en la mayoría de las terminales, presione Ctrl y +
help-up = Subir en una lista, o subir el texto
help-down = Bajar en una lista, o bajar el texto
help-left = Pestaña anterior, o salir de un panel
help-right = Pestaña siguiente, o entrar al panel siguiente
help-enter = Abrir la sección o el tema elegido
footer-enter = Abrir
help-back = Volver atrás; cerrar una ventana
footer-back = Atrás
bar-back = Atrás
bar-back-short = Atrás
help-history-back = Volver al tema anterior si llegó por un enlace (si no, igual que { $back })
help-history-forward = Avanzar otra vez por los temas de los que volvió
help-next-link = Elegir el siguiente enlace del texto; { $enter } lo abre
help-next-pane = Panel siguiente
help-prev-pane = Panel anterior
help-section = Ir a esa sección
help-page-up = Subir una página
help-page-down = Bajar una página
help-top = Ir al principio
help-bottom = Ir al final
help-help = Mostrar u ocultar esta ayuda
footer-help = Cómo usar
bar-help = Menú
bar-help-short = Menú
help-get-help = Pedir ayuda ya: cuándo llamar a su equipo de salud o a una ambulancia
footer-get-help = Pedir ayuda
bar-get-help = Pedir ayuda
bar-get-help-short = Urgencia
help-key-facts = Lo más importante, en pocas líneas
footer-key-facts = Lo esencial
help-check-yourself = Póngase a prueba: unas preguntas sobre lo que leyó
bar-check-yourself = Repaso
bar-check-yourself-short = Repaso
help-search = Buscar en todas las guías
footer-search = Buscar
help-guides = Elegir otra guía (escriba para acortar la lista)
footer-guides = Guías
help-next-match = Siguiente resultado de la búsqueda en el tema
help-prev-match = Resultado anterior de la búsqueda en el tema
help-define-next = Explicar la siguiente palabra subrayada
help-define-previous = Explicar la palabra subrayada anterior
help-steps = Ver los pasos de un tema uno por uno
help-add-question = Agregar a Mis preguntas una pregunta sobre este tema
help-my-questions = Mis preguntas: la lista para llevar a su médico
footer-my-questions = Mis preguntas
help-sources = Ver todas las fuentes completas
footer-sources = Fuentes
help-about = Sobre esta guía: aviso y fecha de revisión
footer-about = Sobre la guía
help-text-size = Letra más grande o normal
bar-text-size = Letra grande
bar-text-size-short = Grande
help-contrast = Activar o desactivar el alto contraste
bar-contrast = Contraste
bar-contrast-short = Contraste
help-read-aloud = Leer en voz alta el tema, el paso o la ventana; otra vez o { $back } lo detiene
bar-read-aloud = Leer en voz alta
bar-read-aloud-short = Leer
help-speech-speed-more = Leer más rápido
bar-speech-speed-more = Más rápido
bar-speech-speed-more-short = Rápido
help-speech-speed-less = Leer más lento
bar-speech-speed-less = Más lento
bar-speech-speed-less-short = Lento
help-speech-volume-more = Leer más fuerte
help-speech-volume-less = Leer más bajo
help-quit = Cerrar una ventana, o salir
footer-quit = Salir
help-quit-now = Salir ya
help-home = Volver al principio de la guía
bar-home = Inicio
bar-home-short = Inicio
help-questions-write-question = Mis preguntas: escribir su propia pregunta
help-questions-remove-question = Mis preguntas: quitar la pregunta elegida
help-questions-move-question-up = Mis preguntas: subir la pregunta elegida
help-questions-move-question-down = Mis preguntas: bajar la pregunta elegida
help-questions-save-questions = Mis preguntas: guardar la lista en un archivo
help-typing-type-erase = Al escribir: borrar la última letra
help-typing-up = Al escribir: el resultado de arriba
help-typing-down = Al escribir: el resultado de abajo
help-typing-page-up = Al escribir: subir en los resultados
help-typing-page-down = Al escribir: bajar en los resultados
help-typing-enter = Al escribir: abrir el resultado, o guardar la pregunta
help-typing-back = Al escribir: cerrar el cuadro
help-typing-as-typed = Buscar: las palabras como las escribió
help-typing-quit-now = Salir ya
help-pin-pin-erase = PIN del personal: borrar el último número
help-pin-enter = PIN del personal: comprobarlo
help-pin-back = PIN del personal: cancelar
help-language = Cambiar el idioma: inglés o español
footer-language = Idioma
bar-language = Idioma
bar-text-size-smaller = Letra normal
bar-text-size-smaller-short = Normal
help-click-key = Clic
help-click = Abrir una pestaña, un tema, una fuente o un botón del pie
help-wheel-key = Rueda
help-wheel = Desplazar el texto del panel que está bajo el puntero
key-name-up = Arriba
key-name-down = Abajo
key-name-left = Izquierda
key-name-right = Derecha
key-name-enter = Enter
key-name-backspace = Backspace
key-name-backtab = Shift-Tab
key-name-page-up = RePág (PgUp)
key-name-page-down = AvPág (PgDn)
key-name-home = Inicio (Home)
key-name-end = Fin (End)
key-name-space = Espacio
key-name-delete = Supr (Delete)
key-arrow-up = Flecha arriba
key-arrow-down = Flecha abajo
key-arrow-left = Flecha izquierda
key-arrow-right = Flecha derecha

## Títulos de las ventanas.

window-about = Sobre esta guía
window-help = Cómo usar: teclas y mouse
window-help-kiosk = Menú
window-sources = Fuentes
window-pin = Salida del personal
window-search = Buscar
window-add-question = Agregar a Mis preguntas
window-confirm-quit = ¿Salir?
window-my-questions = Mis preguntas
window-write-question = Escriba su propia pregunta
window-term = Qué significa esta palabra
window-steps = Paso a paso
window-quiz = Póngase a prueba

## Sobre esta guía.

about-for = Para: { $condition }
about-reviewed = Última revisión: { $date }.
about-label = La etiqueta de EE. UU. a la que se refiere esta guía: versión { $version }, vigente desde el { $date }.
about-label-set = La etiqueta de EE. UU. a la que se refiere esta guía: versión { $version }, vigente desde el { $date } (DailyMed, set id { $set_id }).
about-keys = Use las flechas y { $enter }, los números { $digits }, o haga clic. Presione { $help } para ver la ayuda.
about-start = Presione cualquier tecla o haga clic para empezar.

## Ventana de fuentes.

source-publisher = Publicado por: { $publisher }
source-version = Versión: { $version }
source-date = Fecha: { $date }
source-location = Dónde encontrarla: { $location }

## Salida del personal (quiosco).

pin-intro = Solo para el personal. Escriba el PIN y presione { $check }.
pin-cancel = { $cancel } cancela.
pin-typed = PIN: { $mask }_
pin-wrong = Ese PIN no es correcto. Inténtelo otra vez.
notice-pin-locked = La salida del personal está bloqueada por PIN incorrectos. Inténtelo de nuevo en { $minutes ->
    [one] 1 minuto
   *[other] { $minutes } minutos
}.

## Mis preguntas.

add-question-intro = Elija una pregunta para agregar y presione { $enter } (o tóquela).
quit-unsaved = { $count ->
    [one] 1 pregunta de Mis preguntas no está guardada.
   *[other] { $count } preguntas de Mis preguntas no están guardadas.
}
quit-choose = Elija y presione { $enter } (o tóquelo).
quit-save = Guardarlas y salir
quit-discard = Salir sin guardarlas
quit-stay = Quedarme
write-question-intro = Escriba su pregunta y presione { $enter }. { $back } vuelve atrás.
write-question-touch = Toque las letras de abajo para escribir su pregunta y luego toque "Agregarla a Mis preguntas". El botón Atrás vuelve sin agregarla.
questions-empty = Su lista está vacía.
questions-how = Presione { $add } en cualquier tema para agregar una pregunta sobre él, o { $write } para escribir la suya.
questions-keys = { $write } escribir la suya · { $remove } quitar · { $up }/{ $down } subir/bajar
questions-keys-save = {" "}· { $save } guardar en un archivo
questions-touch = Toque una pregunta para elegirla y luego un botón de abajo.
questions-button-write = Escribir su propia pregunta
questions-button-remove = Quitarla
questions-button-up = Subirla
questions-button-down = Bajarla
questions-qr = Escanee este código con la cámara de su celular para llevarse la lista. Aquí no se guarda nada.
questions-qr-whole = Escanéelo entero: si se corta abajo, baje ({ $down }, o toque "Más" abajo) hasta ver los tres cuadros de las esquinas.
questions-qr-small = Esta pantalla es demasiado pequeña para mostrar su lista como un código. Tome una foto de la lista con su celular, o escríbala.

## Una palabra del glosario.

term-back = { $back } o un clic: volver a donde estaba leyendo.

## Buscar.

# patient-guide list: its column headings, and a translation's note.
list-id = id
list-language = idioma
list-reviewed = revisión
list-title = título (enfermedad)
list-translates = traducción de { $original }

# A draft translation's topic that is not translated yet.
topic-untranslated = Este tema aún no está traducido: se muestra en el idioma en que se escribió.

search-typed = Buscar: { $query }_
search-empty = Escriba unas palabras, como "dosis olvidada" o "vacunas". { $enter } abre un resultado.
search-closest = No hay coincidencias. Puede que la guía no hable de eso: pregunte a su equipo de salud. Los temas más cercanos:
search-corrected = Resultados para "{ $words }".
search-as-typed = Buscar "{ $typed }" tal como lo escribió: { $key }
search-count = { $count ->
    [one] 1 resultado
   *[other] { $count } resultados
}

## Paso a paso.

step-of = Paso { $step } de { $count }
step-previous = { $arrow } Paso anterior
step-next = Paso siguiente { $arrow }
step-done = Listo: volver al tema
step-keys = { $next } o { $enter }: siguiente. { $previous }: anterior. { $back }: cerrar. O toque un botón.

## Póngase a prueba.

quiz-none = Esta guía no tiene preguntas para ponerse a prueba.
quiz-of = Pregunta { $question } de { $count }
quiz-how = Presione el número de su respuesta, o tóquela. { $back } cierra.
quiz-mark-right = (correcta)
quiz-mark-wrong = (no es esta)
quiz-right = Correcto.
quiz-wrong = No es la correcta. La respuesta correcta es la { $answer }.
quiz-read-more = { $arrow } Leer más: { $title }
quiz-next = { $arrow } Pregunta siguiente
quiz-done = Listo: cerrar
quiz-previous = { $arrow } Pregunta anterior
quiz-keys = { $link }: leer más. { $next } o { $enter }: siguiente. { $previous }: anterior. { $back }: cerrar.
quiz-kept = No se guarda nada de lo que responda.

## Palabras que la app agrega a las figuras de una guía (en el idioma de la guía).

figure-time-at = { $unit } { $at }
figure-day = Día
figure-week = Semana
figure-month = Mes
figure-year = Año
figure-percent = Porcentaje
figure-per-year = Al año
figure-number = Número
figure-value-per-year = { $value } al año
figure-in-100 = { $count } de cada 100
figure-about-in-100 = unas { $count } de cada 100
figure-people = { $who }: { $count } personas { $marked }
questions-list-heading = Mis preguntas para mi médico sobre { $guide }
    (de la guía para pacientes revisada el { $date })
questions-qr-too-long = La lista es demasiado larga para un código QR. Quite una pregunta, o anote la lista.
figure-everyone-else = todos los demás
figure-source = {"Fuente: "}
figure-steps-open = { $arrow } { $count ->
    [one] Ver el paso solo
   *[other] Ver los { $count } pasos uno por uno
} (presione { $key }, o toque aquí)

## print: una guía como texto (en el idioma de la guía).

print-purpose = Una guía sobre { $title }: qué es, cómo usarlo con seguridad y cuándo pedir ayuda.
print-reviewed = Última revisión: { $date }
print-sources = Fuentes
print-quiz-intro = Elija una respuesta para cada pregunta. Las respuestas están al final.
print-answers = Respuestas
print-answer = { $number }. Respuesta { $letter }) { $answer }
print-explain = { $explain } Vea "{ $topic }".
print-link = { $text } (vea "{ $title }")
print-figure = Figura: { $title }
print-what-happens = Qué pasa
print-later = Después
print-who-or-what = Quién o qué
print-group = Grupo
print-who = Quién
print-in-100 = De cada 100 personas, { $marked }
print-about = unas { $count }
print-figure-sources = Fuentes de la figura: { $sources }
print-other-questions = Otras preguntas:
print-questions = Preguntas para su equipo de salud:
print-topic-sources = Fuentes: { $sources }
print-places-cited = Secciones citadas: { $places }.
print-section = sección { $place }
print-sections = secciones { $places } y { $last }

## El marco: fila del título, navegación, paneles, botones.

disclaimer-short = Solo para informarse, no es consejo médico. ¿Emergencia? Llame al número de emergencias. Consulte a su equipo de salud.
disclaimer-shorter = No es consejo médico. ¿Emergencia? Llame a emergencias. Consulte a su equipo.
title-reading-aloud = Leyendo en voz alta ({ $key } lo detiene)
title-reviewed = Revisada el { $date }
crumb-sections = Elija una sección: { $enter } o su número
pane-sections = Secciones
button-back = Atrás
button-up = Arriba
button-more = Más
window-start = Empezar: cualquier tecla o clic
window-close = Cerrar: { $back } o clic aquí
window-close-touch = Cerrar: toque aquí
reader-lines = líneas { $from }-{ $to } de { $count }
reader-match = resultado { $current } de { $count } ({ $next }/{ $previous })
too-small = Agrande la ventana, por favor. patient-guide necesita al menos { $min_width }x{ $min_height }; esta mide { $width }x{ $height }.

## Pantallas del quiosco.

welcome-subtitle = Guías en palabras sencillas sobre su medicamento
welcome-choose = Elija una guía con las flechas y presione cualquier tecla o toque la pantalla para empezar
welcome-start = Presione cualquier tecla o toque la pantalla para empezar
countdown-still-reading = ¿Sigue leyendo?
countdown-touch = Presione una tecla o toque la pantalla.
countdown-left = Volvemos al inicio en { $seconds } s

## Las partes propias de un tema.

topic-questions = Preguntas para su equipo de salud
topic-other-questions = Otras preguntas
topic-section = sección { $place }
topic-sections = secciones { $places }
spoken-step = Paso { $step }

## Mensajes.

questions-saved = Guardada en { $path }
questions-saved-on = Guardadas el { $date }
questions-not-saved = No se guardó: no se pudo escribir { $path }: { $why }. No se perdió nada: su lista sigue aquí, y la lista guardada antes no cambió.
questions-talk-about = ¿Podemos hablar de "{ $title }"?
questions-already = Esa pregunta ya está en su lista.
questions-added = Agregada a Mis preguntas: { $question }
notice-speed = Velocidad de lectura: { $rate } palabras por minuto
notice-volume = Volumen de lectura: { $volume } %
speech-no-command = Leer en voz alta: no hay un programa de voz
speech-missing-espeak = Leer en voz alta necesita espeak-ng: apt install espeak-ng
speech-missing = Leer en voz alta necesita `{ $program }`, que no está instalado
speech-cannot-start = No se pudo iniciar `{ $program }` para leer en voz alta: { $why }
speech-failed = El programa de voz falló: { $why }

## Modo para lectores de pantalla (--screen-reader): líneas dichas una tras otra.

sr-opening = patient-guide, modo para lectores de pantalla.
sr-commands-hint = Escriba h y presione Enter para oír los comandos.
sr-idle-reset = Nadie escribió en un rato: la guía vuelve a empezar para la próxima persona.
sr-key-number = un número
sr-key-word = una palabra, o s
sr-help-number = abrir ese elemento de la lista
sr-help-word = buscarla en todas las guías (s pide las palabras)
sr-help-back = volver un paso
sr-help-next = tema siguiente o anterior
sr-help-key-facts = lo más importante
sr-help-get-help = cuándo y dónde pedir ayuda
sr-help-quiz = póngase a prueba: preguntas sobre lo que leyó
sr-help-words = qué significan las palabras de este tema
sr-help-add = agregar a Mis preguntas una pregunta sobre este tema
sr-help-my-questions = Mis preguntas: leer, escribir, quitar y guardar las preguntas para su médico
sr-help-about = sobre esta guía, y el aviso
sr-help-guides = elegir otra guía
sr-prompt-guides = Escriba el número de una guía, palabras para acortar la lista, o b
sr-guides = { $count ->
    [one] 1 guía:
   *[other] { $count } guías:
}
sr-help-language = cambiar el idioma (English, español)
sr-help-commands = estos comandos
sr-help-quit = salir
sr-now-reading = Ahora lee la guía { $guide }.
sr-prompt-search = Escriba las palabras que busca, o b
sr-prompt-answer = Escriba el número de su respuesta, o b para terminar
sr-prompt-next-question = Escriba n para la pregunta siguiente, r para leer más sobre ella, o b para terminar
sr-prompt-add = Escriba el número de la pregunta que quiere agregar, o b
sr-prompt-write = Escriba su pregunta y presione Enter (si la deja en blanco, o escribe b, no se agrega nada)
sr-prompt-questions = Escriba w para escribir una pregunta, r y su número para quitarla (por ejemplo, r 2), s para guardar la lista en un archivo, o b
sr-prompt-questions-kiosk = Escriba w para escribir una pregunta, r y su número para quitarla (por ejemplo, r 2), o b
sr-prompt-quit = Escriba el número de lo que quiere hacer
sr-question-removed = Se quitó de su lista: { $question }
sr-questions-hint = Esa no es una de las opciones.
sr-prompt-result = Escriba el número de un resultado, o b
sr-prompt-sections = Escriba el número de una sección, una palabra para buscar, o h para la ayuda
sr-prompt-topics = Escriba el número de un tema, b para las secciones, una palabra para buscar, o h para la ayuda
sr-prompt-topic = { $links ->
    [yes] Escriba el número de un enlace, n para el tema siguiente
   *[no] Escriba n para el tema siguiente
}, p para el anterior, { $back ->
    [yes] b para volver al tema de donde vino
   *[no] b para la lista
}, o h para la ayuda
sr-kiosk-quit = Este es un quiosco de la clínica. Solo el personal puede cerrarlo.
sr-language-changed = La guía ahora está en español.
language-guide-untranslated = Menús en español. Esta guía no tiene traducción: sigue en { $guide ->
        [en] inglés
       *[es] español
    }.
sr-last-topic = Este es el último tema de la sección.
sr-first-topic = Este es el primer tema de la sección.
sr-no-section = No hay ninguna sección con ese número.
sr-no-topic = No hay ningún tema con ese número.
sr-links = { $count ->
    [one] Este tema tiene un enlace a otro tema:
   *[other] Este tema tiene enlaces a { $count } temas:
}
sr-no-link = No hay ningún enlace con ese número.
sr-quiz-read-more = Lea más en el tema "{ $title }": escriba r.
sr-closed = Cerrado.
sr-last-question = Esa fue la última pregunta.
sr-number-or-b = Escriba un número de la lista, o b.
sr-sections = { $count ->
    [one] 1 sección:
   *[other] { $count } secciones:
}
sr-topics = { $count ->
    [one] 1 tema:
   *[other] { $count } temas:
}
sr-source = (fuente { $number })
sr-topic-of = Tema { $topic } de { $count } en { $section }.
sr-search-corrected = Resultados para "{ $words }". Para buscar "{ $typed }" tal como lo escribió, escríbalo entre comillas: "{ $typed }"
sr-search-closest = No hay coincidencias para "{ $words }". Puede que la guía no hable de eso: pregunte a su equipo de salud. Los temas más cercanos:
sr-search-results = { $count ->
    [one] 1 resultado para "{ $words }":
   *[other] { $count } resultados para "{ $words }":
}
sr-no-words = Este tema no tiene palabras explicadas en el glosario.
notice-guides-left-out = { $count ->
    [one] Una guía tiene un problema y no se muestra: use patient-guide check
   *[other] { $count } guías tienen problemas y no se muestran: use patient-guide check
}

window-guides = Guías
guides-typed = Buscar una guía: { $typed }_
guides-how = { $count ->
    [one] 1 guía.
   *[other] { $count } guías.
} Escriba un medicamento o una enfermedad para acortar la lista. { $enter } abre la guía marcada.
guides-none = Ninguna guía coincide con "{ $typed }". Borre una letra con la tecla de borrar (Backspace).
guides-open-now = (la está leyendo)
guides-more = { $count } guías más: escriba para acortar la lista.
notice-guide-unchecked = Esta guía tiene un problema y no se muestra: { $why }
notice-no-get-help = Esta guía no tiene página para pedir ayuda. ¿Emergencia? Llame a emergencias.
notice-no-key-facts = Esta guía no tiene página de lo esencial. Mire sus secciones.
welcome-more-guides = Las { $count } guías: toque aquí, o presione { $key }
