## Español. Los textos se envían con parse_mode=HTML: solo etiquetas de Telegram; el bot escapa los valores.

### Register and inclusive language (issue 32; tests/core/test_language_structure.py checks it)
### - Trato de usted en todos los textos («su», «le»), tono cortés y sobrio.
### - Lenguaje inclusivo con formas neutras y colectivas: «persona», «equipo organizador», «quien presentó la ficha».
###   Sin desdoblamientos («delegados y delegadas») ni barras, arrobas o paréntesis («/a», «(e)s»).
###   Se mantienen solo las etiquetas fijas de la ONU y la OEA («Niñas y niños»).
### - Un número pasa por un selector de plural o sigue a una etiqueta («Ofertas: 3»).
### - Un país o un idioma insertado en una frase va en posición de etiqueta («Brasil: …»); idiomas en minúscula («portugués»).

## Inicio y menú
start-welcome =
    👋 Le damos la bienvenida al <b>Bot de Cooperación del CIDI</b> de la { $meeting } (virtual, { $dates }).
    
    Aquí puede registrarse, incorporar sus ofertas y necesidades de cooperación al catálogo de la reunión, encontrar contrapartes y seguir la agenda.
    
    Cambie el idioma con los botones de abajo en cualquier momento, o con /language.
start-welcome-back = 👋 ¡Hola de nuevo, { $name }!
start-resume = Sigamos donde lo dejó.
reg-intro = Comencemos el registro con unas preguntas breves. /cancel detiene el proceso en cualquier momento; “Atrás” vuelve al paso anterior.
menu-registered =
    Lo que puede hacer ahora:
    /offer — incorporar una oferta de cooperación al catálogo
    /need — incorporar una necesidad de cooperación al catálogo
    /mine — sus ofertas y necesidades
    /profile — ver y editar su perfil
    /help — todos los comandos

## Controles del diálogo
dialog-back = ⬅️ Atrás
dialog-cancel = ✖️ Cancelar
dialog-next = Siguiente ➡️
dialog-previous = ⬅️ Anterior
dialog-cancelled = Cancelado. No se guardó nada. Envíe /start para empezar de nuevo.
dialog-none-open = No hay nada que cancelar.
dialog-stale-button = Este botón ya no está activo. Use el mensaje más reciente.
dialog-expect-button = Elija uno de los botones de abajo, por favor.
dialog-expect-text = Escriba su respuesta como mensaje de texto, por favor.
dialog-current = Valor actual: <i>{ $value }</i>
dialog-not-text = Aquí solo puedo leer texto. Escriba su respuesta (no leo stickers, fotos, mensajes de voz ni archivos).

## Errores
error-empty = La respuesta está vacía. Escriba algo, por favor.
error-too-long = Tiene { $length } caracteres; el límite es { $max }. Acórtelo, por favor.
error-too-short = Es demasiado corto: al menos { $min } caracteres, por favor.
error-no-letters = Use letras, no solo cifras, símbolos o emojis.
error-generic = Lo sentimos, algo falló de nuestro lado. Inténtelo de nuevo en un momento.
error-slow-down = Está enviando mensajes más rápido de lo que puedo leerlos. Espere unos segundos, por favor: lo que envíe mientras tanto no se tendrá en cuenta.
error-unknown-command = No conozco ese comando. /help muestra los comandos que puede usar.
error-group-chat = ¡Hola! Solo funciono en chats privados: escríbame directamente, por favor.
error-not-understood = No entendí eso. /help muestra lo que puedo hacer.
error-not-registered = Aún no se ha registrado. Envíe /start para hacerlo (toma dos minutos).
error-not-allowed = Esta acción está reservada al equipo organizador o a la Secretaría de la reunión.
error-not-allowed-secretariat = Esta acción está reservada a la Secretaría de la reunión.

## Registro
reg-ask-name = ¿Cuál es su nombre completo? (hasta { $max } caracteres)
reg-ask-kind = ¿A quién representa?
reg-ask-organisation = ¿Cuál es el nombre de su organización? (hasta { $max } caracteres)
reg-ask-country-member = ¿Qué Estado Miembro de la OEA representa? Elíjalo abajo o escriba el nombre del país.
reg-ask-country-observer = ¿Qué Observador Permanente representa (un Estado o la Unión Europea)? Elíjalo abajo o escriba su nombre.
reg-ask-country-organisation = ¿En qué país tiene su sede su organización? Escriba el nombre del país.
reg-ask-position = ¿Cuál es su cargo o título? (hasta { $max } caracteres)
reg-ask-timezone =
    ¿Qué zona horaria deben usar los recordatorios? Le proponemos <b>{ $proposed }</b> ({ $zone }).
    Elija abajo, o escriba una ciudad o una zona como “America/Lima”.
reg-ask-consent = ¿Podemos compartir sus datos de contacto con las contrapartes con las que se le vincule?
reg-country-pick = Varios países coinciden con “{ $query }”. ¿A cuál se refiere?
reg-country-not-found = No encontré ningún país llamado “{ $query }”. Revise la ortografía o elija de la lista.
reg-timezone-not-found = No conozco la zona horaria “{ $query }”. Escriba una ciudad (por ejemplo “Bogotá”) o una zona como “America/Bogota”.
reg-timezone-pick = No sé con certeza a qué zona horaria corresponde “{ $query }”. ¿Se refiere a alguna de estas?
reg-done = ✅ Gracias, { $name }: su registro está completo.

## Tipos de actor
actor-member_state = Estado Miembro de la OEA
actor-observer_state = Observador Permanente ante la OEA
actor-private_sector = Sector privado
actor-foundation = Fundación
actor-academia = Academia
actor-multilateral = Organismo multilateral
actor-ngo = Otro actor no gubernamental
actor-oas_secretariat = Secretaría General de la OEA

## Áreas prioritarias
area-digital = Economía del conocimiento, virtual y digital
area-msme = Recuperación económica de las MIPYME
area-education = Educación en la era digital
area-work = Futuro del trabajo y recuperación del empleo
area-climate = Acción climática y fortalecimiento de la resiliencia
area-health = Sistemas de salud
area-cross_cutting = Transversal: agua, igualdad de género, migración, gobernanza…

## Consentimiento
consent-direct = Sí, compartir mis datos
consent-secretariat = Solo a través de la Secretaría

## Idiomas
language-en = Inglés
language-es = Español
language-fr = Francés
language-pt = Portugués
language-ask = Elija su idioma:
language-set = Listo: le escribiré en español.

## Perfil
profile-title = <b>Su perfil</b>
profile-line = { $field }: <b>{ $value }</b>
profile-zone-now = { $zone } — hora actual: { $time }
profile-none = —
profile-verified-yes = ✔️ Afiliación verificada por la Secretaría
profile-verified-no = Afiliación aún no verificada por la Secretaría
profile-edit-hint = Pulse un botón para cambiar un dato.
profile-edit-button = ✏️ { $field }
profile-updated = ✅ Su perfil está actualizado.
field-full_name = Nombre
field-actor_kind = Representa a
field-organisation = Organización
field-country = País
field-position = Cargo
field-timezone = Zona horaria
field-consent = Compartir contacto
field-language = Idioma

## Ayuda
help-delegate =
    <b>Comandos</b>
    /start — bienvenida y registro
    /offer — presentar una oferta de cooperación
    /need — presentar una necesidad de cooperación
    /mine — sus ofertas y necesidades y su estado; editarlas o retirarlas
    /search — buscar en el catálogo
    /country NOMBRE — las ofertas y necesidades de un país, por área
    /matches — las contrapartes encontradas para sus fichas
    /partnerships — sus alianzas, etapa por etapa
    /meetings — sus reuniones por video con sus contrapartes: las próximas y si las pasadas tuvieron lugar
    /availability — los días y horas en que acepta reuniones
    /followup off — dejar de recibir consultas de seguimiento de sus alianzas (/followup on para reanudarlas)
    /agenda — la agenda de la reunión en su zona horaria
    /now, /next — la sesión en curso y la siguiente
    /calendar — la agenda como archivo de calendario
    /reminders — sus recordatorios: antelación y sesiones
    /profile — ver y editar su perfil
    /language — cambiar el idioma
    /cancel — salir del diálogo en curso
    /forget_me — borrar sus datos personales
    /help — esta lista
help-contact = Para contactar a la Secretaría: { $contact }
help-secretariat =
    <b>Secretaría</b>
    /review — revisar las ofertas y necesidades presentadas, de la más antigua a la más reciente
    /export — el catálogo en archivos Excel, CSV y JSON (/export all: en cualquier estado)
    /publish — el catálogo publicado, en HTML y PDF
    /connections — todas las solicitudes de contacto: las alianzas de la reunión
    /invite — un enlace de un solo uso que otorga el rol “Equipo organizador” o “Secretaría”
    /roles — quién tiene qué rol; retirarlo
    /verify USER_ID — verificar la afiliación de una persona
    /unverify USER_ID — retirar esa verificación
help-organiser =
    <b>Equipo organizador</b>
    /broadcast — enviar un mensaje a todas las personas registradas o a una parte de ellas, ahora o más tarde
    /broadcasts — difusiones programadas y en curso; cancelar una
    /stats — las cifras de la reunión, con un gráfico
    /unmet — necesidades que ninguna oferta aprobada atiende, 30 días después de su aprobación
    /web — la consola web (un enlace de acceso de un solo uso)
    Para reemplazar la agenda, envíe el nuevo archivo de agenda (YAML).

## Olvidarme
forget-confirm = ¿Borrar sus datos personales (nombre, organización, cargo, zona horaria, consentimiento de contacto)? Las fichas del catálogo ya aprobadas permanecen en el catálogo, atribuidas a una persona anónima.
forget-yes = Sí, borrar mis datos
forget-no = No, conservarlos
forget-done = Se borraron sus datos personales. Las fichas aprobadas del catálogo permanecen, anonimizadas. Envíe /start si desea registrarse de nuevo.
forget-kept = No se borró nada.
forget-nothing = No guardo ningún dato personal suyo.

## Verificación (secretaría)
verify-usage = Uso: /verify USER_ID (el identificador de Telegram de la persona).
verify-done = ✔️ El perfil de { $name } ({ $user }) queda verificado.
unverify-done = El perfil de { $name } ({ $user }) ya no figura como verificado.
verify-unknown = No hay ninguna persona registrada con el identificador { $user }.

## Menú de comandos
cmd-start = Bienvenida y registro
cmd-profile = Ver y editar mi perfil
cmd-language = Cambiar el idioma
cmd-help = Todos los comandos
cmd-cancel = Salir del diálogo en curso
cmd-forget_me = Borrar mis datos personales
cmd-verify = Verificar una afiliación
cmd-unverify = Retirar una verificación

## Ofertas y necesidades: el diálogo
entry-intro-offer = Una nueva <b>oferta</b> de cooperación: unas preguntas y luego un resumen que puede corregir antes de enviarlo. /cancel detiene el proceso.
entry-intro-need = Una nueva <b>necesidad</b> de cooperación: unas preguntas y luego un resumen que puede corregir antes de enviarlo. /cancel detiene el proceso.
entry-ask-title = Título, en pocas palabras (hasta { $max } caracteres):
entry-ask-description = Descríbala: qué, para quién, con qué resultados (hasta { $max } caracteres).
entry-ask-area = ¿Qué área prioritaria?
entry-ask-cooperation_type = ¿Qué tipo de cooperación?
entry-ask-modality = ¿Qué modalidad?
entry-ask-role = En esta cooperación triangular, su papel es… (primer oferente: comparte su experiencia; segundo oferente: aporta financiamiento o apoyo técnico; receptor: recibe la cooperación)
entry-ask-countries = ¿Qué países abarca? Pulse cada país (púlselo de nuevo para quitarlo) o escriba un nombre, y luego “Listo”. O elija una subregión o todas las Américas.
entry-countries-chosen = Elegidos: <b>{ $list }</b>
entry-review-note = ✏️ <b>La Secretaría pidió:</b> { $note }
entry-countries-several = Varios países corresponden a “{ $query }”: toque en la lista el que busca.
entry-countries-done = ✔️ Listo
entry-all-americas = 🌎 Todas las Américas
entry-ask-time_frame = ¿En qué plazo?
entry-ask-financing = ¿Esta oferta cuenta con financiamiento?
entry-ask-contact = ¿Un contacto para esta ficha, correo electrónico o teléfono (opcional, hasta { $max } caracteres)? O pulse “Omitir”.
entry-skip = Omitir
answer-yes = Sí
answer-no = No
entry-summary-offer = <b>Su oferta, antes de enviarla</b>
entry-summary-need = <b>Su necesidad, antes de enviarla</b>
entry-summary-hint = Pulse un campo para corregirlo, o Enviar.
entry-submit = 📨 Enviar
entry-similar = ⚠️ Ya tiene una ficha muy parecida: #{ $id } “{ $title }” (/open_{ $id }).
entry-limit = Ya tiene { $max ->
        [one] { $max } ficha
       *[other] { $max } fichas
    } en espera de revisión. Espere las decisiones de la Secretaría antes de agregar más.
entry-saved-offer = ✅ Guardada: su oferta es la ficha #{ $id }. La Secretaría la revisará y aquí se le comunicará la decisión. /mine muestra su estado.
entry-saved-need = ✅ Guardada: su necesidad es la ficha #{ $id }. La Secretaría la revisará y aquí se le comunicará la decisión. /mine muestra su estado.
entry-field-title = Título
entry-field-description = Descripción
entry-field-area = Área prioritaria
entry-field-cooperation_type = Tipo de cooperación
entry-field-modality = Modalidad
entry-field-role = Papel
entry-field-countries = Países
entry-field-time_frame = Plazo
entry-field-financing = Financiamiento disponible
entry-field-contact = Contacto
entry-field-owner = De
entry-field-since = Incorporación al catálogo
entry-card-title = <b>{ $heading }: { $title }</b>
entry-card-status = Estado: <b>{ $status }</b>
entry-card-description = { $text }
entry-anonymous = una persona anónima
error-meaningless = Escríbalo con palabras reales (no solo emojis, cifras, un mismo carácter repetido o teclas al azar).
error-few-words = Descríbalo en una o dos frases: al menos { $min ->
        [one] { $min } palabra distinta
       *[other] { $min } palabras distintas
    } (una misma palabra repetida dice demasiado poco a una posible contraparte).
error-contact = No es ni un correo electrónico (nombre@ejemplo.org) ni un número de teléfono (+1 202 555 0100).
error-countries-empty = Elija al menos un país, o todas las Américas.
error-code = “{ $value }” no es uno de los códigos permitidos.
error-required = Este campo es obligatorio.

## Códigos
kind-offer = Oferta
kind-need = Necesidad
type-technical_assistance = Asistencia técnica
type-knowledge_exchange = Intercambio de conocimientos
type-good_practice = Buena práctica
type-programme = Programa
type-financing = Financiamiento
modality-south_south = Sur-Sur
modality-triangular = Triangular
modality-north_south = Norte-Sur
modality-multi_stakeholder = Alianza multiactor
role-facilitator = Segundo oferente
role-pivot = Primer oferente
role-beneficiary = Receptor
timeframe-short = Corto plazo (hasta 12 meses)
timeframe-medium = Mediano plazo (de 1 a 3 años)
status-pending = En espera de revisión
status-approved = Aprobada
status-changes_requested = Cambios solicitados
status-rejected = No aceptada
status-withdrawn = Retirada

## Mis entradas
menu-offer = ➕ Oferta
menu-need = ➕ Necesidad
menu-mine = 📋 Mis fichas
mine-title = <b>Sus ofertas y necesidades</b> (pulse un número para abrir una)
mine-line = #{ $id } { $kind }: { $title } — <i>{ $status }</i>
mine-empty = Aún no tiene ofertas ni necesidades.
entry-edit = ✏️ Editar
entry-withdraw = 🗑 Retirar
entry-withdraw-confirm = ¿Retirar la ficha #{ $id } del catálogo? Dejará de mostrarse y de vincularse.
entry-withdraw-yes = Sí, retirarla
entry-withdraw-no = No, conservarla
entry-withdrawn = Se retiró la ficha #{ $id }.
entry-withdraw-kept = La ficha #{ $id } queda como está.
entry-published-note = La versión aprobada sigue en el catálogo hasta que la Secretaría apruebe esta modificación.
entry-not-found = No hay ninguna ficha suya con ese número.
draft-discard-confirm = ¿Descartar este borrador? Lo que escribió se perderá.
draft-discard-yes = Sí, descartarlo
draft-discard-no = No, continuar
draft-discarded = Se descartó el borrador.

## Revisión (secretaría)
review-open = 🔎 Revisar
review-empty = No hay nada pendiente de revisión. 🎉
review-header = <b>Revisión</b> — en espera: { $left }
review-changed = ✏️ Cambios desde la última revisión: { $fields }
review-submitter = Presentada por { $name } — { $affiliation }
review-is-edit = Es una modificación de una ficha aprobada; la versión aprobada sigue visible hasta su decisión.
review-approve = ✅ Aprobar
review-changes = ✏️ Pedir cambios
review-reject = ⛔ Rechazar
review-skip = ⏭ Saltar
review-history = 🕓 Historial
review-next = ➡️ Siguiente
review-ask-changes = ¿Qué debe cambiarse en la ficha #{ $id }? Su mensaje se enviará a quien la presentó.
review-ask-reject = ¿Por qué se rechaza la ficha #{ $id }? Elija un motivo o escriba el suyo.
reason-out_of_scope = Fuera de las áreas prioritarias
reason-duplicate = Duplica otra ficha
reason-not_specific = Poco concreta
reason-incomplete = Falta información
review-already-decided = Otra persona ya decidió sobre la ficha #{ $id }, o la ficha cambió mientras tanto: no se sobrescribió nada.
review-done-approve = ✅ La ficha #{ $id } está aprobada y en el catálogo.
review-done-request_changes = ✏️ Cambios solicitados para la ficha #{ $id }.
review-done-reject = ⛔ Se rechazó la ficha #{ $id }.
review-history-title = <b>Historial de la ficha #{ $id }</b>
review-history-line = { $when } — { $action }
action-submit = presentada
action-edit = modificada
action-approve = aprobada
action-request_changes = cambios solicitados
action-reject = rechazada
action-withdraw = retirada
action-import = importada
action-import_update = actualizada por importación
notify-new-entry = 📥 Nueva ficha ({ $kind }) en espera de revisión: #{ $id } “{ $title }”.
notify-edited-entry = 📥 Modificación de una ficha aprobada ({ $kind }) en espera de revisión: #{ $id } “{ $title }”.
notify-waiting = 📥 En espera de revisión: { $new ->
        [0] { $edits ->
            [one] { $edits } modificación
           *[other] { $edits } modificaciones
        }
        [one] { $edits ->
            [0] { $new } ficha nueva
            [one] { $new } ficha nueva y { $edits } modificación
           *[other] { $new } ficha nueva y { $edits } modificaciones
        }
       *[other] { $edits ->
            [0] { $new } fichas nuevas
            [one] { $new } fichas nuevas y { $edits } modificación
           *[other] { $new } fichas nuevas y { $edits } modificaciones
        }
    }. Las más recientes:
    { $list }
notify-approved = ✅ Su ficha ({ $kind }) #{ $id } “{ $title }” fue aprobada y ya está en el catálogo.
notify-changes = ✏️ La Secretaría pide cambios en su ficha ({ $kind }) #{ $id } “{ $title }”: { $reason }
notify-rejected = Su ficha ({ $kind }) #{ $id } “{ $title }” no fue aceptada: { $reason }
export-empty = El catálogo está vacío.
export-caption = Fichas: { $count } ({ $format })

## Importación (línea de comandos)
import-unknown-format = { $name }: use un archivo .csv, .xlsx o .jsonl.
import-empty = El archivo no tiene filas.
import-bad-json = La línea { $line } no es un objeto JSON.
import-bad-xlsx = { $name } no es un archivo de Excel legible.
import-too-many-rows = El archivo tiene más de { $max ->
        [one] { $max } fila
       *[other] { $max } filas
    }: divídalo o compruebe que sea el archivo correcto.
import-unknown-column = Columna desconocida “{ $column }”. Las columnas son: { $known }.
import-missing-column = Falta la columna obligatoria “{ $column }”.
import-duplicate-id = El identificador “{ $value }” ya lo usa la fila { $other }.

## Menú de comandos (catálogo)
cmd-offer = Presentar una oferta de cooperación
cmd-need = Presentar una necesidad de cooperación
cmd-mine = Mis ofertas y necesidades
cmd-review = Revisar las fichas presentadas
cmd-export = Exportar el catálogo

## Búsqueda y vinculaciones
search-ask = ¿Qué busca? Escriba unas palabras en cualquier idioma (por ejemplo “telemedicina zonas rurales”).
search-too-short = Escriba al menos dos letras o cifras para buscar.
search-empty = Nada en el catálogo coincide todavía con “{ $query }”. Pruebe con otras palabras (o con menos), en otro idioma, o quite un filtro.
search-header = <b>Resultados para “{ $query }”</b> ({ $count })
search-result = <b>{ $n }. { $title }</b> — { $kind }, { $area } · { $confidence }
    { $who }
    <i>{ $why }</i>
search-corrected = Usted escribió “{ $typed }”: se muestran los resultados para “{ $query }”.
confidence-strong = vinculación sólida
confidence-possible = vinculación posible
confidence-weak = vinculación débil
search-all = Todo
search-offers = Ofertas
search-needs = Necesidades
search-all-areas = Todas
area-button-digital = Economía digital y del saber
area-button-msme = Recuperación de las MIPYME
area-button-education = Educación en la era digital
area-button-work = Futuro del trabajo y empleo
area-button-climate = Acción climática y resiliencia
area-button-health = Sistemas de salud
area-button-cross_cutting = Temas transversales
area-short-digital = Digital
area-short-msme = MIPYME
area-short-education = Educación
area-short-work = Trabajo
area-short-climate = Clima
area-short-health = Salud
area-short-cross_cutting = Transversal
why-meaning = sentido cercano ({ $percent } %)
why-area = misma área: { $area }
why-shared = en común: { $list }
why-related = relacionados: { $list }
why-type = mismo tipo: { $type }
why-modality = misma modalidad: { $modality }
why-country = país: { $country }
why-words = mismas palabras: { $list }
match-new = 🤝 Una nueva ficha ({ $other_kind }) corresponde a su ficha “{ $own_title }”: <b>{ $other_title }</b> — { $who } (puntuación { $score }).
    <i>{ $why }</i>
match-dismiss = 🚫 No es pertinente
match-dismissed = Esta vinculación no se le volverá a mostrar.
matches-title = <b>Sus vinculaciones</b>, por orden de pertinencia
matches-line = #{ $own } ↔ #{ $other } { $kind }: <b>{ $title }</b> ({ $score })
    <i>{ $why }</i>
matches-empty = Aún no hay vinculaciones. Aparecerán aquí, y se le avisará, en cuanto se apruebe una ficha que corresponda a una de las suyas.
connect-interested = 🤝 Me interesa
connect-ask = ¿Un mensaje breve para quien publicó “{ $title }” (hasta { $max } caracteres)? O pulse “Omitir”.
connect-register-first = Antes de la solicitud de contacto, le rogamos que termine su registro (las preguntas siguientes toman dos minutos): después volverá a ver esta ficha.
connect-refused-own = Es una de sus propias fichas.
connect-refused-already = Ya solicitó el contacto para esta ficha.
connect-refused-gone = Esta ficha ya no está en el catálogo.
connect-sent = 📨 Su solicitud sobre “{ $title }” fue enviada. Aquí se le comunicará la respuesta.
connect-request = 🤝 { $who } se interesa por su ficha “{ $title }”.
    Mensaje: { $message }
connect-accept = ✅ Aceptar
connect-decline = ✖️ Declinar
connect-to-secretariat = 🤝 { $who } se interesa por la ficha #{ $id } “{ $title }”, a la que nadie puede responder en el bot. Mensaje: { $message }
connect-name = { $name }
connect-declined = Su solicitud sobre “{ $title }” fue declinada.
connect-you-accepted = ✅ Aceptada: ambas partes tienen ahora los datos de contacto de la otra (o la Secretaría hará el enlace).
connect-you-declined = Declinada. Se informará a la otra parte con cortesía.
connect-accepted = ✅ Contacto establecido sobre “{ $title }”. Estos son los datos de contacto:
connect-accepted-secretariat = ✅ Contacto establecido sobre “{ $title }”. Los datos se comparten a través de la Secretaría, que hará el enlace.
connect-secretariat-link = 🤝 Una solicitud de contacto aceptada sobre “{ $title }” requiere que la Secretaría ponga en contacto a ambas partes:
connect-undelivered = ⚠️ No se pudo entregar un mensaje sobre la vinculación “{ $title }”: una de las partes bloqueó el bot. Póngase en contacto por otra vía:
connect-refused-cap = Hoy ya envió { $max ->
        [one] { $max } solicitud
       *[other] { $max } solicitudes
    }, el máximo diario. Le rogamos que lo intente de nuevo mañana.
connect-refused-cap-contact = Hoy ya envió { $max ->
        [one] { $max } solicitud
       *[other] { $max } solicitudes
    }, el máximo diario. Le rogamos que lo intente de nuevo mañana; para contactar a la Secretaría entretanto: { $contact }
connect-refused-blocked = Quien publicó esta ficha no desea recibir más solicitudes suyas. Para cualquier consulta, escriba a la Secretaría.
connect-refused-barred = La Secretaría ha suspendido sus solicitudes de contacto. Si cree que se trata de un error, escriba a la Secretaría.
connect-block = 🚫 Bloquear
connect-report = ⚠️ Reportar
connect-you-blocked = Solicitud bloqueada: esta persona ya no podrá enviarle solicitudes. A ella solo se le indicará que su solicitud fue declinada.
connect-you-reported = Solicitud reportada: la Secretaría la examinará. Esta persona ya no podrá enviarle solicitudes.
connect-reported = ⚠️ Quien publicó la ficha #{ $id } “{ $title }” reportó una solicitud de contacto de { $who } (id de Telegram { $user }) y bloqueó sus solicitudes. Mensaje: { $message }
person-profile = 👤 Perfil de quien solicita
person-bar = 🚫 Impedir solicitudes de contacto
person-unbar = ↩️ Volver a permitir solicitudes de contacto
person-barred = 🚫 Sin solicitudes de contacto desde el { $since }.
person-barred-done = Hecho: esta persona ya no puede enviar solicitudes de contacto.
person-unbarred-done = Hecho: esta persona puede volver a enviar solicitudes de contacto.
person-record =
    <b>Id de Telegram:</b> { $user }{ $username }
    <b>Solicitudes de contacto enviadas:</b> { $sent } (aceptadas: { $accepted })
    <b>Bloqueos por quienes publicaron fichas:</b> { $blocked } (con reporte: { $reported })
connections-title = <b>Solicitudes de contacto</b> (las más recientes primero)
connections-line = #{ $id } “{ $title }”: { $requester } → { $owner } — { $status }
connections-empty = Aún no hay solicitudes de contacto.
connection-requested = solicitada
connection-accepted = aceptada
connection-declined = declinada
connection-reported = reportada
connections-catalogue = la Secretaría (ficha del catálogo)
cmd-search = Buscar en el catálogo
cmd-country = Ofertas y necesidades de un país
country-usage = ¿Qué país? Por ejemplo: /country Brasil (en cualquiera de los cuatro idiomas, o su código: BR).
country-title = 🌎 <b>{ $country }</b> — fichas del catálogo de este país o que lo abarcan: { $count }
country-line = #{ $id } { $kind }: { $title }
country-line-covering = #{ $id } { $kind }: { $title } · { $source }
country-empty = { $country }: todavía no hay ofertas ni necesidades aprobadas.
cmd-matches = Mis vinculaciones
cmd-connections = Todas las solicitudes de contacto

## Agenda y recordatorios
agenda-header = 🗓 <b>{ $title }</b>
agenda-tbc = <i>Horarios pendientes de confirmación por la Secretaría.</i>
agenda-over = <i>Esta reunión se celebró del { $first } al { $last }. La agenda se conserva como referencia.</i>
agenda-zone-line = Horas de { $city } ({ $zone })
agenda-day-heading = <b>{ $day }</b> (su hora local)
agenda-line = <b>{ $start }–{ $end }</b> { $title }
agenda-meeting-time = { $start }–{ $end }, hora de { $city }
agenda-link = 🔗 { $link }
agenda-theme = <i>{ $theme }</i>
agenda-link-tba = 🔗 Enlace por anunciar
agenda-video = 🎥 { $link }
agenda-livestream = 📺 Transmisión en directo: { $link }
agenda-interpretation = 🎧 Interpretación: { $languages }
agenda-session-tbc = (por confirmar)
agenda-description = { $text }
agenda-now-header = <b>Ahora</b>
agenda-now-none = No hay ninguna sesión en curso.
agenda-next-header = <b>A continuación</b>
agenda-next-none = La reunión no tiene más sesiones.
calendar-caption = La agenda para su calendario (los teléfonos y Outlook la importan con la zona horaria correcta).
reminder-soon = ⏰ En { $minutes } min ({ $start }, su hora local): <b>{ $title }</b>
reminder-started = ▶️ <b>{ $title }</b> ha comenzado.
digest-header = ☀️ <b>Hoy, { $day }</b> (su hora local)
digest-footer = /reminders para cambiar sus recordatorios.
notice-moved = 🔁 <b>{ $title }</b> cambió de horario: de { $old } a <b>{ $new }</b> (su hora local).
notice-cancelled = ❌ Sesión cancelada: <b>{ $title }</b> (prevista para el { $old }, su hora local).
notice-changes = 🗓 <b>Cambios en la agenda</b> de las sesiones que sigue ({ $count }), en su hora local:
notice-change-moved = 🔁 <b>{ $title }</b>: de { $old } a <b>{ $new }</b>
notice-change-cancelled = ❌ <b>{ $title }</b>: cancelada (prevista para el { $old })
notice-changes-more = … y { $count } más: /agenda muestra la agenda tal como queda.
reminders-default = ⏰ Recibirá un recordatorio { $lead } minutos antes de cada sesión y un resumen cada mañana de la reunión. /reminders permite cambiarlo.
reminders-summary = <b>Sus recordatorios</b>: { $status }
    Antes de cada sesión: { $lead } min
    Sesiones: { $scope }
    Resumen matutino: { $digest }
reminders-on = activados
reminders-off = desactivados
reminders-digest-on = activado
reminders-digest-off = desactivado
reminders-scope-all = todas
reminders-scope-some = elegidas: { $count }
reminders-turn-on = 🔔 Activar recordatorios
reminders-turn-off = 🔕 Desactivar recordatorios
reminders-lead = { $minutes } min
reminders-digest-toggle = ☀️ Resumen sí/no
reminders-all = Todas las sesiones
reminders-saved = Guardado.
reminders-follow = 🔔 { $title }
reminders-following = 🔔 Se le recordará “{ $title }”.
agenda-upload-too-big = El archivo es demasiado grande para una agenda (máximo { $max } KB).
agenda-upload-not-agenda = Este archivo no es una agenda (YAML con “meeting” y “sessions”). { $problems }
agenda-upload-invalid = La agenda tiene problemas; no se cambió nada:
    { $problems }
agenda-upload-nochange = Esta agenda es igual a la actual.
agenda-upload-diff = <b>Nueva agenda: qué cambia</b>
    Agregadas: { $added }
    Eliminadas: { $removed }
    Movidas: { $moved }
    Editadas: { $edited }
    Se avisará una vez a quienes siguen las sesiones movidas o eliminadas.
agenda-upload-apply = ✅ Aplicar
agenda-upload-cancel = ✖️ Mantener la actual
agenda-upload-applied = ✅ La nueva agenda está vigente; los recordatorios se reprogramaron; avisos enviados: { $notices }.
agenda-upload-kept = Se mantiene la agenda actual.
cmd-agenda = La agenda
cmd-now = La sesión en curso
cmd-next = La próxima sesión
cmd-calendar = La agenda como archivo de calendario
cmd-reminders = Mis recordatorios

## Difusiones
broadcast-ask-text = Escriba el mensaje (idioma: { $language }); se conservan negritas, cursivas y enlaces; hasta 4096 caracteres.
broadcast-bad-html = Telegram no puede mostrar este formato. Escriba el mensaje de nuevo.
broadcast-ask-versions = Versiones listas: { $given }. Agregue otro idioma (cada persona recibe la versión en su idioma; las demás reciben la primera) o continúe.
broadcast-add-version = ➕ { $language }
broadcast-versions-done = Continuar ➡️
broadcast-ask-audience = ¿Quién debe recibirlo?
audience-all = Todo el mundo
audience-kind = Por tipo de actor
audience-language = Por idioma
audience-country = Por país
audience-session = Por sesión
audience-verified = Afiliación verificada
broadcast-ask-audience-value = ¿Cuál?
broadcast-ask-when = ¿Enviarlo ahora o a una hora determinada?
broadcast-now = Ahora
broadcast-later = Programar
broadcast-ask-time = ¿Cuándo? Escriba la fecha y la hora en su zona horaria ({ $zone }), por ejemplo 2021-12-02 09:45 (AAAA-MM-DD HH:MM).
broadcast-time-format = No pude leer esa hora. Escríbala así: 2021-12-02 09:45.
broadcast-time-past = Esa hora ya pasó. Elija una hora futura.
broadcast-time-far = Eso es dentro de más de 30 días. Elija una fecha más cercana.
broadcast-preview-head = <b>Vista previa</b> — para: { $audience }; destinatarios: { $count }; idiomas: { $languages }; cuándo: { $when }
broadcast-confirm = 📣 Confirmar y enviar
broadcast-edit-text = ✏️ Cambiar el mensaje
broadcast-edit-audience = 👥 Cambiar los destinatarios
broadcast-nobody = Nadie cumple estos criterios, así que no se envió nada. Elija otros criterios con /broadcast.
broadcast-nobody-choose = Nadie cumple estos criterios. Elija otros: su mensaje se conserva.
broadcast-started = 📣 La difusión #{ $id } va en camino (destinatarios: { $count }). Este mensaje muestra su avance.
broadcast-scheduled = 🕓 La difusión #{ $id } está programada (destinatarios: { $count }). /broadcasts la muestra.
broadcast-cancel = ✖️ Cancelar la difusión
broadcast-progress = 📣 Difusión #{ $id }: enviados { $sent }; fallidos { $failed }; pendientes { $left } (unos { $eta } s).
broadcast-report = ✅ Difusión #{ $id } terminada: entregados { $sent }; bot bloqueado { $blocked }; fallidos { $failed }.
broadcasts-title = <b>Difusiones programadas y en curso</b>
broadcasts-line = #{ $id } { $status } — { $when } — destinatarios: { $count } — { $preview }
broadcasts-none = Ninguna.
broadcast-status-scheduled = programada
broadcast-status-sending = en curso
broadcast-status-done = terminada
broadcast-status-cancelled = cancelada
broadcast-cannot-cancel = Esta difusión ya terminó o fue cancelada.
broadcast-cancelled = La difusión #{ $id } fue cancelada; lo ya entregado se mantiene.

## Cifras
stats-title = <b>La reunión en cifras</b>
stats-delegates = Personas registradas: { $registered } · localizables: { $active } · verificadas: { $verified }
stats-by-kind = Por tipo: { $list }
stats-by-language = Por idioma: { $list }
stats-by-country = Países principales: { $list }
stats-entries = Ofertas: { $offers } · necesidades: { $needs } ({ $statuses })
stats-catalogue = En el catálogo — ofertas: { $offers } · necesidades: { $needs }
stats-area = • { $area } — ofertas aprobadas: { $offers } · necesidades: { $needs }
stats-matches = Vinculaciones propuestas: { $matches } · solicitudes de contacto: { $connections } (aceptadas: { $accepted })
stats-deliveries = Recordatorios y resúmenes entregados: { $reminders } · mensajes de difusión: { $broadcasts }
stats-failed = Mensajes sin entregar tras { $attempts ->
        [one] { $attempts } intento
       *[other] { $attempts } intentos
    }: { $count } (sin contar los chats bloqueados)
stats-chart-caption = Ofertas y necesidades aprobadas por área prioritaria.

## Papeles e invitaciones
role-organiser = Equipo organizador
role-secretariat = Secretaría
invite-ask = ¿Qué rol debe otorgar la invitación?
invite-link = Enlace de un solo uso para el rol “{ $role }”, válido { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }, para la primera persona que lo abra:
    { $link }
invite-ok = ✅ Ahora tiene el rol “{ $role }”. /help muestra sus nuevos comandos.
invite-used = Esta invitación ya se utilizó.
invite-expired = Esta invitación venció. Pida una nueva a la Secretaría.
invite-unknown = Este enlace de invitación no es válido.
invite-used-by = 🔑 Su enlace de un solo uso para el rol “{ $role }” fue utilizado por { $who } (id de Telegram { $user }), que ahora tiene ese rol. /roles lo retira si llegó a la persona equivocada.
roles-title = <b>Roles</b>
roles-line = { $name } ({ $user }): { $role }
roles-revoke = Retirar “{ $role }” a { $name }
roles-revoked = Se retiró el rol.
cmd-broadcast = Enviar una difusión
cmd-broadcasts = Difusiones programadas
cmd-stats = Las cifras de la reunión
cmd-invite = Invitar a alguien al equipo organizador o a la Secretaría
cmd-roles = Roles

## Grupos destinatarios, subregiones y alcance de una necesidad (issue 18)
group-women = Mujeres
group-children = Niñas y niños
group-older_persons = Personas mayores
group-disability = Personas con discapacidad
group-migrants = Personas migrantes
group-refugees = Personas refugiadas
subregion-caribbean = Caribe
subregion-central_america = Centroamérica
subregion-south_america = América del Sur
subregion-north_america = América del Norte
subregion-andean = Región andina
scope-national = Nacional
scope-regional = Regional
entry-field-target_groups = Grupos destinatarios
entry-field-scope = Alcance
entry-ask-target_groups = ¿Se dirige a grupos en particular? Pulse cada uno que corresponda (púlselo de nuevo para quitarlo) y luego “Listo”. O elija “Ninguno en particular”.
entry-groups-none = Ninguno en particular
why-groups = mismos grupos destinatarios: { $list }
stats-approved-by-modality = Aprobadas, por modalidad: { $list }
stats-approved-by-actor-kind = Aprobadas, por tipo de actor: { $list }
stats-approved-by-target-group = Aprobadas, por grupo destinatario: { $list }
stats-approved-needs-by-scope = Necesidades aprobadas, por alcance: { $list }
search-filter-kind = Ofertas/necesidades
search-filter-area = Área
search-filter-country = País
search-filter-modality = Modalidad
search-filter-actor_kind = Actor
search-filter-target_group = Grupo destinatario
search-filters-active = Filtros: { $list }
search-filters-clear = ✖️ Quitar los filtros
search-new = 🔎 Nueva búsqueda
search-filter-choose = <b>{ $filter }</b> — resultados para “{ $query }”. Cada opción indica cuántos resultados deja.
search-any = Cualquiera
agenda-point = 📌 Punto { $point } del temario
stats-item = { $name }: { $count }
cmd-web = Abrir la consola web
web-link = 🖥 Su enlace a la consola web (válido { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } y una sola vez; no lo comparta): { $link }
notify-corrected = ✏️ La Secretaría corrigió su ficha ({ $kind }) #{ $id } “{ $title }”: { $fields }.
notify-withdrawn = La Secretaría retiró del catálogo su ficha ({ $kind }) #{ $id } “{ $title }”: { $reason }
audience-role = Por rol

## The web console (issue 19)
web-title = Consola CIDI
web-nav-label = Páginas de la consola
web-nav-overview = Resumen
web-nav-review = Revisión
web-nav-catalogue = Catálogo
web-nav-delegates = Participantes
web-nav-connections = { -g-connection-cap(count: 2) }
web-nav-figures = Cifras
web-nav-agenda = { -g-agenda-cap }
web-nav-broadcasts = Difusiones
web-nav-exports = Exportaciones
web-signout = Cerrar sesión
web-signin-title = Iniciar sesión en la consola
web-signin-how = Envíe /web al bot en Telegram: le responderá con un enlace de un solo uso que abre la consola.
web-signin-confirm = ¿Iniciar sesión como <b>{ $name }</b>?
web-signin-button = Iniciar sesión
web-link-unknown = Este enlace no es válido. Envíe /web al bot para obtener uno nuevo.
web-link-used = Este enlace ya se utilizó. Envíe /web al bot para obtener uno nuevo.
web-link-expired = Este enlace caducó (los enlaces son válidos durante 10 minutos). Envíe /web al bot para obtener uno nuevo.
web-link-not_allowed = La consola es para la Secretaría y el equipo organizador.
web-refused-title = No es posible
web-forbidden = Esta página es para la Secretaría o el equipo organizador; su cuenta no tiene (o ya no tiene) ese rol.
web-csrf = El formulario caducó o no provenía de esta consola: no se cambió nada. Vuelva a cargar la página e inténtelo de nuevo.
web-error = Algo falló de nuestro lado; no se cambió nada. Inténtelo de nuevo.
web-not-found = No existe esa página o ficha.
web-bad-input = El formulario no se completó como se esperaba; no se cambió nada.
web-bad-time = La hora no es válida; no se envió nada.
web-not-yourself = No puede retirar su propio rol aquí; pídalo a otra persona de la Secretaría.
web-done = Hecho.
web-card-pending = { $count ->
    [one] ficha en espera de revisión
   *[other] fichas en espera de revisión
}
web-card-offers = { $count ->
    [one] oferta aprobada
   *[other] ofertas aprobadas
}
web-card-needs = { $count ->
    [one] necesidad aprobada
   *[other] necesidades aprobadas
}
web-card-delegates = { $count ->
    [one] persona registrada
   *[other] personas registradas
}
web-card-states = { $count ->
    [one] Estado Miembro participante (de 35)
   *[other] Estados Miembros participantes (de 35)
}
web-card-connections = { $count ->
    [one] solicitud de contacto
   *[other] solicitudes de contacto
}
web-card-broadcasts = { $count ->
    [one] difusión programada o en curso
   *[other] difusiones programadas o en curso
}
web-filter-kind = Oferta o necesidad
web-filter-area = Área
web-filter-country = País
web-filter-actor = Tipo de actor
web-filter-language = Idioma
web-filter-waiting = En espera desde hace al menos
web-waiting-hours = { $hours } h
web-filter-apply = Filtrar
web-pick-all = Seleccionar todo
web-owner = Presentada por
web-waiting = En espera
web-decide-picked = Decidir sobre las fichas seleccionadas
web-decision = Decisión
web-decision-approve = Aprobar
web-decision-request_changes = Pedir cambios
web-decision-reject = Rechazar
web-reason-preset = Motivo
web-reason-text = U otro motivo (texto libre)
web-reason-needed = Indique un motivo (elija uno o escríbalo): se comunicará a quien presentó la ficha.
web-decide = Decidir
web-nothing-picked = No se seleccionó ninguna ficha.
web-decided-approve = Aprobadas ({ $count }): { $ids }. Se avisó en Telegram a quienes las presentaron.
web-decided-request_changes = Cambios solicitados ({ $count }): { $ids }. Se avisó en Telegram a quienes las presentaron.
web-decided-reject = Rechazadas ({ $count }): { $ids }. Se avisó en Telegram a quienes las presentaron.
web-already-decided = La ficha #{ $id } ya fue decidida por { $who } ({ $decision }): no se aplicó nada dos veces.
web-page-of = Página { $page } de { $pages }
web-queue-empty = No hay nada en espera de revisión con estos filtros.
web-catalogue-list = Lista y búsqueda
web-catalogue-by-area = Por área
web-catalogue-by-country = Por país
web-search-words = Palabras, en cualquier idioma
web-results = Resultados mostrados: { $count }
web-why = Por qué
web-score = Puntuación
web-history = Historial
web-matches = { -g-match-cap(count: 2) }
web-correct = Corregir la ficha
web-correct-save = Guardar la corrección (se avisa a quien presentó la ficha)
web-corrected = La ficha #{ $id } está corregida; se avisa a quien la presentó de los campos cambiados.
web-withdraw = Retirar del catálogo
web-withdrawn = La ficha #{ $id } fue retirada; se informa el motivo a quien la presentó.
web-connection-requested = Solicitada
web-connection-accepted = Aceptada
web-connection-declined = Declinada
web-connection-reported = Reportada
web-name = Nombre
web-organisation = Organización
web-verified = Verificado
web-verify = Verificar
web-unverify = Retirar la verificación
web-roles = Roles
web-grant = Otorgar el rol
web-revoke = Retirar el rol
web-invite = Crear un enlace de invitación
web-invitation = Enlace de invitación (válido 48 horas, una sola vez):
web-progress = Participación de los Estados Miembros
web-progress-summary = Estados Miembros con personas registradas: { $taking } de 35; de ellos, sin fichas presentadas: { $silent }.
web-progress-none = sin inscripciones
web-progress-silent = nada enviado
web-progress-ok = con fichas presentadas
web-entries = Fichas
web-entry = Ficha
web-requester = Solicitada por
web-state = { -g-status-cap }
web-date = Fecha
web-time = Hora
web-chart-area = Ofertas y necesidades aprobadas por área prioritaria
web-chart-country = Ofertas y necesidades aprobadas por país (los 15 primeros)
web-chart-actors = Participantes por tipo de actor
web-chart-status = Fichas por estado
web-chart-time = Ofertas y necesidades presentadas a lo largo del tiempo
web-agenda-times = Horas de { $city } ({ $zone })
web-agenda-preview = La nueva agenda: qué cambia
web-agenda-added = Sesiones añadidas
web-agenda-moved = Sesiones cambiadas de hora
web-agenda-removed = Sesiones canceladas
web-agenda-edited = Sesiones modificadas
web-agenda-told = Avisos a quienes siguen las sesiones cambiadas o canceladas: { $count }.
web-agenda-upload = Cargar una nueva agenda
web-agenda-file = Archivo de agenda (YAML, como máximo { $max } KB)
web-agenda-check = Verificar y mostrar los cambios
web-agenda-nothing-staged = Ninguna agenda cargada espera confirmación.
web-tbc = por confirmar
web-broadcast-new = Nueva difusión
web-broadcast-languages = Escríbala en uno o varios idiomas: cada persona recibe la versión en su idioma; quienes tengan otro idioma reciben la versión en el idioma de esta página (o la primera escrita).
web-audience = Quién la recibe
web-audience-value = Elija a quién exactamente (qué rol, tipo, idioma, país o sesión).
web-broadcast-at = Fecha y hora de envío (hora de { $zone }; déjelo vacío para enviar ahora)
web-broadcast-how-many = ¿Cuántas personas la recibirán?
web-broadcast-count = Destinatarios: { $count }.
web-broadcast-send = Enviar
web-broadcast-no-text = Escriba el mensaje en al menos un idioma.
web-broadcast-started = La difusión #{ $id } va en camino (destinatarios: { $count }); su avance figura en la lista de abajo.
web-broadcast-scheduled = La difusión #{ $id } está programada (destinatarios: { $count }); figura en la lista de abajo.
web-broadcast-list = Difusiones
web-bstatus-scheduled = programada
web-bstatus-sending = en curso
web-bstatus-done = terminada
web-bstatus-cancelled = cancelada
web-sent = Enviados
web-blocked = Bloqueados
web-failed = Fallidos
web-left = Pendientes
web-cancelled = No enviados (cancelación)
web-export-all-countries = Todos los países
web-export-every-status = Cualquier estado (solo Secretaría)
web-export-note = Los mismos archivos que el comando /export del bot: datos de contacto solo si la persona lo aceptó; celdas guardadas como texto, nunca como fórmulas.
web-document-preparing = Preparando el documento ({ $seconds } s). Esta página se actualiza sola; puede seguir trabajando en otra pestaña.
web-document-ready = El documento está listo (preparado en { $seconds } s).
web-document-download = Descargar
web-document-failed = No se pudo preparar el documento. Inténtelo de nuevo; si vuelve a fallar, avise al equipo técnico.

## Partnerships (issue 20)
cmd-partnerships = Mis alianzas
partnerships-title = <b>Sus alianzas</b> (el botón ➡️ pasa una alianza a la etapa siguiente)
partnerships-empty = Aún no tiene alianzas. Cuando se acepte una solicitud de contacto (la suya o una dirigida a usted), la alianza aparecerá aquí y podrá seguirla desde las primeras conversaciones hasta su conclusión.
partnership-line =
    #{ $id } “{ $title }” — con { $other }
    Etapa: <b>{ $stage }</b>
partnership-third = Tercer actor: { $name } ({ $role })
partnership-next = ➡️ #{ $id }: { $stage }
partnership-drop = ✖️ #{ $id }: abandonar
partnership-ask-reason = ¿Por qué se abandona la alianza #{ $id }?
partnership-moved = Ahora: { $stage }
partnership-not-yours = Solo las dos partes (o la Secretaría) pueden modificar la alianza #{ $id }.
partnership-drop-kept = La alianza #{ $id } no se abandonó: no ha cambiado nada.
partnerships-no-checkins = ℹ️ Las consultas de seguimiento concluyeron el { $date }: no se enviarán más sobre sus alianzas. Puede seguir actualizándolas aquí en cualquier momento.
partnership-step-start = • { $when }: solicitud de contacto aceptada
partnership-step-move = • { $when }: { $who } — { $stage }
partnership-step-drop = • { $when }: { $who } — { $stage } ({ $reason })
partnership-step-note = • { $when }: { $who } — “{ $note }”
partnership-step-words = “{ $note }”
partnership-steps-earlier = • … { $count ->
        [one] una actualización anterior
       *[other] { $count } actualizaciones anteriores
    }
notify-partnership-moved = 🤝 La alianza #{ $id } “{ $title }” está ahora en la etapa <b>{ $stage }</b> (actualizada por { $by ->
        [secretariat] la Secretaría de la OEA
        [forgotten] una persona anónima
        *[other] { $who }
    }).
notify-partnership-dropped = ✖️ La alianza #{ $id } “{ $title }” fue abandonada por { $by ->
        [secretariat] la Secretaría de la OEA
        [forgotten] una persona anónima
        *[other] { $who }
    }: { $reason }.
notify-partnership-noted = ✏️ Nota { $by ->
        [secretariat] de la Secretaría de la OEA
        [forgotten] de una persona anónima
        *[other] de { $who }
    } sobre la alianza #{ $id } “{ $title }”: “{ $note }”
notify-partnership-third = ➕ La alianza #{ $id } “{ $title }” ya indica un tercer actor: { $name } ({ $role }), añadido por { $by ->
        [secretariat] la Secretaría de la OEA
        [forgotten] una persona anónima
        *[other] { $who }
    }.
stage-talking = En conversaciones
stage-agreed = Acordada
stage-implementing = En ejecución
stage-completed = Concluida
stage-dropped = Abandonada
drop-no_funding = Sin financiamiento
drop-priorities_changed = Cambio de prioridades
drop-no_response = Sin respuesta
drop-other_partner = Otra contraparte
drop-other = Otro motivo

## The published catalogue (issue 20)
publish-title = Catálogo de ofertas y necesidades de cooperación
publish-edition = Edición del { $date }
publish-places = países y organizaciones
publish-contents = Índice
publish-written-in = Redactada en { $language }
publish-contact = Contacto
publish-through-secretariat = A través de la Secretaría de la OEA
publish-open = Abrir en el bot (“Me interesa”)
publish-scan = Escanee para abrir en Telegram
doc-oas = Organización de los Estados Americanos
doc-page = Página
doc-field = { $name }:
count-offers = { $count ->
    [one] oferta
   *[other] ofertas
}
count-needs = { $count ->
    [one] necesidad
   *[other] necesidades
}
count-places = { $count ->
    [one] país u organización
   *[other] países y organizaciones
}
not-given-owner_country = País no indicado
not-given-actor_kind = Tipo de actor no indicado
cmd-publish = El catálogo publicado (HTML y PDF)
publish-caption = 📘 El catálogo publicado, edición del { $date }: ofertas: { $offers }; necesidades: { $needs }.
publish-preparing = ⏳ Preparando el catálogo publicado (ofertas: { $offers }; necesidades: { $needs }) en HTML y PDF. Tardará unos segundos…
publish-gone = Esta ficha ya no está en el catálogo.
web-publish-by = Agrupado
web-no-bot-username = Los enlaces del catálogo publicado necesitan el nombre de usuario del bot: defina BOT_USERNAME.

## The report to the CIDI and unmet needs (issue 20)
report-title = Informe al CIDI: ofertas, necesidades y alianzas de cooperación
report-generated = Generado el { $at } UTC
report-since = desde el { $since }
report-summary = Resumen
report-delegates = personas registradas
report-member-states = Estados Miembros participantes
report-matches = vinculaciones propuestas
report-contacts = solicitudes de contacto
report-unmet = Necesidades sin atender
report-by_area = Por área prioritaria
report-by_country = Por país
report-by_actor_kind = Por tipo de actor
report-by_modality = Por modalidad
report-by_cooperation_type = Por tipo de cooperación
report-partnerships = Alianzas por etapa
report-stage = Etapa
report-count = Alianzas
report-days = Días promedio en la etapa
report-chart-area = Ofertas y necesidades aprobadas por área prioritaria
report-chart-stages = Alianzas por etapa
report-narrative =
    Desde la reunión celebrada en { $month }, { $delegates ->
        [one] se registró { $delegates } persona
       *[other] se registraron { $delegates } personas
    }, con representación de { $states ->
        [one] { $states } Estado Miembro
       *[other] { $states } Estados Miembros
    }. El catálogo reúne { $offers ->
        [one] { $offers } oferta
       *[other] { $offers } ofertas
    } y { $needs ->
        [one] { $needs } necesidad
       *[other] { $needs } necesidades
    } de cooperación provenientes de { $places ->
        [one] { $places } país u organización
       *[other] { $places } países y organizaciones
    }. El bot propuso { $matches ->
        [one] { $matches } vinculación
       *[other] { $matches } vinculaciones
    }; las solicitudes de contacto ({ $contacts }) dieron lugar a { $partnerships ->
        [one] { $partnerships } alianza
       *[other] { $partnerships } alianzas
    } (concluidas: { $completed }). { $unmet ->
        [0] Todas las necesidades aprobadas hace más de 30 días tienen al menos una oferta que les corresponde.
        [one] { $unmet } necesidad aprobada hace más de 30 días aún no tiene ninguna oferta que le corresponda.
       *[other] { $unmet } necesidades aprobadas hace más de 30 días aún no tienen ninguna oferta que les corresponda.
    }
report-cover = Informe al Consejo Interamericano para el Desarrollo Integral (CIDI)
report-total = Total
cmd-unmet = Necesidades aún sin oferta
unmet-title = <b>Necesidades sin atender</b> ({ $count }): aprobadas hace más de 30 días y sin ninguna oferta aprobada que les corresponda
unmet-none = No hay necesidades sin atender: todas las necesidades aprobadas hace más de 30 días tienen al menos una oferta que les corresponde.
unmet-line = #{ $id } “{ $title }” — { $who }

## Follow-up check-ins (issue 20)
cmd-followup = Seguimiento de mis alianzas: activar o desactivar
followup-ask = 🤝 ¿Cómo avanza la alianza #{ $id } “{ $title }”? Etapa actual: <b>{ $stage }</b>. Responda pulsando un botón.
followup-reminder = 🔔 Recordatorio: ¿cómo avanza la alianza #{ $id } “{ $title }”? Etapa actual: <b>{ $stage }</b>. Sin respuesta, la Secretaría le consultará por otra vía.
followup-silent = 📭 { $name } no respondió a las consultas de seguimiento de la alianza #{ $id } ni al recordatorio: no se enviarán más. Contacte a esa persona por otra vía.
followup-same = Sigue: { $stage }
followup-next = Ahora: { $stage }
followup-thanks = Gracias. Etapa registrada para la alianza #{ $id }: { $stage }.
followup-thanks-overtaken = Gracias. Entretanto, la alianza #{ $id } cambió de etapa; etapa actual: { $stage }.
followup-on = Seguimiento activado: se le consultará cómo avanzan sus alianzas.
followup-off = Seguimiento desactivado: no se le consultará más. /followup on lo reactiva.
followup-usage-on = El seguimiento está activado. /followup off lo desactiva.
followup-usage-off = El seguimiento está desactivado. /followup on lo activa.
partnership-note = ✏️ #{ $id }: una nota
partnership-third-button = ➕ #{ $id }: tercer actor
partnership-ask-note = ¿Cómo avanza? Unas palabras para el historial (hasta { $max } caracteres).
partnership-noted = ✅ Anotado en el historial de la alianza #{ $id }.
partnership-ask-third = ¿Nombre del tercer actor (una organización o un país; hasta { $max } caracteres)?
partnership-ask-role = ¿Cuál es su papel en esta cooperación triangular?
partnership-third-saved = ✅ La alianza #{ $id } ya indica su tercer actor.
web-partnership-move = Cambiar
web-third-party = Tercer actor
web-save = Guardar
web-partnership-not-possible = La alianza #{ $id } no puede pasar a esa etapa (abandonarla requiere un motivo; una alianza terminada queda terminada).
time-local = { $time } (su hora local)
action-corrected = corregida por la Secretaría
action-withdrawn_by_secretariat = retirada por la Secretaría

## Language review 2: new texts (issue 32)
web-withdraw-reason = Motivo del retiro (se comunicará a quien presentó la ficha)
web-partnership = Alianza (etapa)
entry-field-financing-short = Financiamiento
entry-field-cooperation_type-short = Tipo de cooperación
field-consent-short = Contacto
why-separator = { "; " }
report-column-by_area = Área prioritaria
report-column-by_country = País
report-column-by_actor_kind = Tipo de actor
report-column-by_modality = Modalidad
report-column-by_cooperation_type = Tipo de cooperación

## Names and counts in running text (issue 32, i32a)
language-name-en = inglés
language-name-es = español
language-name-fr = francés
language-name-pt = portugués
meeting-two-days = { $first } y { $last }
meeting-days-range = del { $first } al { $last }
entry-groups-chosen = Grupos elegidos: <b>{ $list }</b>
count-delegates = { $count ->
    [one] persona registrada
   *[other] personas registradas
}
count-member-states = { $count ->
    [one] Estado Miembro participante
   *[other] Estados Miembros participantes
}
count-matches = { $count ->
    [one] vinculación propuesta
   *[other] vinculaciones propuestas
}
count-contacts = { $count ->
    [one] solicitud de contacto
   *[other] solicitudes de contacto
}
time-in-city = { $time } (hora de { $city })
contact-telegram = Telegram: @{ $username }

## Bilateral meetings (issue 33)
cmd-meetings = Mis reuniones con contrapartes
cmd-availability = Cuándo acepto reuniones
meeting-propose = 📅 Proponer una reunión
meeting-propose-id = 📅 #{ $id }: proponer una reunión
meeting-choose = 📅 Una reunión por video con { $who }. Estos horarios convienen a ambos según su horario de trabajo; se muestran en su zona horaria ({ $zone }):
meeting-no-slot = 📅 Ningún horario de los próximos 14 días coincide con su horario de trabajo y el de { $who }. Proponga un horario propio con «Otro horario».
meeting-type-other = ✏️ Otro horario
meeting-length-switch = ⏱ 30 o 60 minutos
meeting-ask-time = Escriba el día y la hora en su zona horaria ({ $zone }), por ejemplo { $example }.
meeting-bad-time = No pude leer ese horario. Escríbalo así, por favor: { $example }.
meeting-sent = ✅ Propuesta enviada a { $who }: { $when }. Se le avisará de la respuesta.
meeting-proposed = 📅 { $who } le propone una reunión por video de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } sobre «{ $title }»:
    <b>{ $when }</b>
meeting-countered = 📅 { $who } propone otro horario para su reunión sobre «{ $title }»:
    <b>{ $when }</b>
meeting-accept = ✅ Aceptar
meeting-other-time = 🕑 Otro horario
meeting-decline = ✖️ Declinar
meeting-decline-ask = ¿Desea añadir unas palabras para { $who }?
meeting-decline-now = Declinar sin mensaje
meeting-decline-words = Escribir un mensaje
meeting-ask-words = Su mensaje (hasta { $max } caracteres).
meeting-declined-ok = Declinó la reunión. Se le avisó a { $who }.
meeting-declined = { $who } declinó la reunión del { $when } sobre «{ $title }».
meeting-withdrawn = { $who } retiró la reunión propuesta para el { $when } sobre «{ $title }».
meeting-words = Su mensaje: «{ $message }»
meeting-confirmed = ✅ Reunión confirmada con { $who } sobre «{ $title }»:
    <b>{ $when }</b>
    Enlace de video: { $link }
    La invitación adjunta la añade a su calendario.
meeting-moved = 🔁 { $who } cambió el horario de su reunión sobre «{ $title }»:
    <b>{ $when }</b>
    Enlace de video: { $link }
    La invitación adjunta actualiza su calendario.
meeting-moved-by-you = 🔁 Su reunión con { $who } tendrá lugar:
    <b>{ $when }</b>
    Enlace de video: { $link }
    La invitación adjunta actualiza su calendario.
meeting-cancelled = ❌ { $who } canceló su reunión del { $when } sobre «{ $title }». El archivo adjunto la quita de su calendario.
meeting-cancelled-by-you = ❌ Su reunión del { $when } con { $who } quedó cancelada. El archivo adjunto la quita de su calendario.
meeting-reminder = ⏰ Su reunión con { $who } sobre «{ $title }» empieza en 15 minutos:
    <b>{ $when }</b>
    Enlace de video: { $link }
meeting-link-set = 🔗 { $who } eligió el enlace de video de su reunión del { $when }: { $link }
meeting-ics-summary = Reunión con { $who }: { $title }
meeting-ics-description = Reunión acordada a través del Bot de Cooperación de la CIDI. Enlace de video: { $link }
meeting-accepted-ok = Reunión confirmada
meeting-busy-you = Ya tiene una reunión a esa hora. Elija otra, por favor.
meeting-busy-other = { $who } ya tiene una reunión a esa hora. Proponga otra, por favor.
meeting-not-yours = Esta reunión no es suya.
meeting-not-possible = Esta reunión ya fue respondida, o su horario ya pasó.
meeting-past = Ese horario ya pasó. Elija uno posterior, por favor.
meeting-cancelled-ok = La reunión quedó cancelada. Se le avisó a { $who }.
meeting-moved-ok = ✅ La reunión tendrá lugar el { $when }. Se le avisó a { $who }.
meeting-held-thanks = Gracias, queda anotado.
meeting-move = 🔁 #{ $id }: cambiar horario
meeting-cancel = ✖️ #{ $id }: cancelar
meeting-held-yes = ✅ #{ $id }: tuvo lugar
meeting-held-no = ✖️ #{ $id }: no tuvo lugar
meetings-title = <b>Sus reuniones</b>
meetings-empty = Aún no tiene reuniones. Proponga una desde /partnerships o desde una vinculación en /matches.
meetings-line-booked = ✅ #{ $id } <b>{ $when }</b> con { $who } — «{ $title }»
    { $link }
meetings-line-yours = ⏳ #{ $id } { $when } con { $who } — «{ $title }»: se espera su respuesta.
meetings-line-theirs = ⏳ #{ $id } { $when } con { $who } — «{ $title }»: a la espera de su respuesta.
meetings-ask-held = ❓ #{ $id } { $when } con { $who }: ¿tuvo lugar la reunión?
availability-summary = 🗓 Acepta reuniones: <b>{ $days }, { $start }–{ $end }</b> en su zona horaria ({ $zone }). Los horarios que se le proponen, o que usted propone, caen dentro de ese horario.
availability-days-mf = De lunes a viernes
availability-days-ms = De lunes a sábado
availability-days-all = Todos los días
availability-saved = Guardado
partnership-step-meeting = • { $when }: reunión por video realizada
stats-meetings = Reuniones por video propuestas: { $proposed } · aceptadas: { $accepted } · realizadas: { $held }
report-meetings-proposed = { $count ->
    [one] reunión por video propuesta
   *[other] reuniones por video propuestas
}
report-meetings-accepted = { $count ->
    [one] reunión por video aceptada
   *[other] reuniones por video aceptadas
}
report-meetings-held = { $count ->
    [one] reunión por video realizada
   *[other] reuniones por video realizadas
}
web-nav-meetings = Reuniones
web-meeting-delegate = Participante (id de Telegram)
web-meeting-partnership = Alianza
web-meeting-when = Cuándo (UTC)
web-meeting-parties = Entre
web-meeting-proposed = Propuesta
web-meeting-accepted = Confirmada
web-meeting-declined = Declinada
web-meeting-cancelled = Cancelada
web-meeting-held = Realizada
web-meeting-missed = No tuvo lugar
web-meetings-of = Reuniones por video sobre esta ficha — propuestas: { $proposed } · aceptadas: { $accepted } · realizadas: { $held }
meeting-link-button = 🔗 #{ $id }: usar mi propio enlace de video
meeting-ask-link = Pegue el enlace de video que se usará en su lugar (https://…, hasta { $max } caracteres).
meeting-bad-link = Pegue un enlace completo que empiece por https://, sin espacios, por favor.
meeting-link-saved = ✅ La reunión usará este enlace: { $link }. Se le avisó a la otra parte.

## console lists, confirmations and navigation (issue 31)
web-list-total = Resultados: { $total } · se muestran { $first }–{ $last }
web-list-csv = Descargar en CSV
web-pages = Páginas
web-list-empty = Todavía no hay nada aquí.
web-list-empty-filtered = Nada coincide con estos filtros o palabras.
web-list-clear = Mostrar todo
web-status = Estado
web-status-catalogue = En el catálogo
web-country-means = País se refiere a
web-country-either = del titular o cubierto
web-country-owner = país del titular
web-country-covered = un país que cubre
web-owner-country = País del titular
web-covered = Países cubiertos
web-id = Número
web-search-ranked = Ordenado según cuánto coincide cada ficha con las palabras (como /search en el chat).
web-method-not-allowed = Esta dirección no acepta ese tipo de solicitud. Use el menú para continuar.
web-decision-choose = Elija una decisión…
web-decision-needed = Elija una decisión: aprobar, pedir cambios o rechazar.
web-decided-untold = { $count ->
    [one] { $count } de estos titulares no puede recibir mensajes en el chat (bloqueó el bot o se fue): no se le avisa.
   *[other] { $count } de estos titulares no pueden recibir mensajes en el chat (bloquearon el bot o se fueron): no se les avisa.
}
web-confirm-title = Confirme, por favor
web-confirm-approve = Aprobar { $count ->
        [one] { $count } ficha; su titular recibe el aviso en su idioma.
       *[other] { $count } fichas; sus titulares reciben el aviso en su idioma.
    }
web-confirm-request_changes = Pedir cambios en { $count ->
        [one] { $count } ficha; su titular recibe el aviso en su idioma, con el motivo.
       *[other] { $count } fichas; sus titulares reciben el aviso en su idioma, con el motivo.
    }
web-confirm-reject = Rechazar { $count ->
        [one] { $count } ficha; su titular recibe el aviso en su idioma, con el motivo.
       *[other] { $count } fichas; sus titulares reciben el aviso en su idioma, con el motivo.
    }
web-confirm-reason = Motivo:
web-confirm-go = Sí, decidir sobre { $count ->
        [one] { $count } ficha
       *[other] { $count } fichas
    }
web-confirm-cancel = Cancelar
web-confirm-yes = Sí, hacerlo
web-confirm-verify = ¿Confirmar la verificación de { $name } (se comprobó su afiliación)?
web-confirm-unverify = ¿Retirar la verificación de { $name }?
web-confirm-grant = ¿Dar a { $name } el rol «{ $role }»? Podrá abrir las páginas de la consola de ese rol.
web-confirm-revoke = ¿Retirar el rol «{ $role }» a { $name }?
web-verify-done = Verificación registrada para { $name }.
web-unverify-done = Se retiró la verificación de { $name }.
web-grant-done = { $name } tiene ahora el rol «{ $role }».
web-revoke-done = { $name } ya no tiene el rol «{ $role }».
web-invitation-made = Enlace de invitación (válido 48 horas, un solo uso): { $link }
web-next-in-queue = Siguiente en la cola
web-duplicate-title = Mismo título que
web-duplicate-owner = Mismo titular, título parecido:
web-submitted = Enviada
web-delegate-search = Nombre, organización o país
web-reachable = Localizable en el chat
web-reachable-yes = Localizable
web-reachable-no = Bloqueó el bot
web-grant-by-number = Dar un rol a alguien por su número de Telegram
web-telegram-id = Número de Telegram
web-staff-name = Nombre que se mostrará (si no se registró en el chat)
web-skip = Ir al contenido
web-signed-in-as = Sesión de { $name } ({ $roles })
web-menu = Menú
audience-criteria = Criterios combinados (país, idioma, tipo de actor)
web-broadcast-format = Redacción
web-broadcast-format-markdown = Formato sencillo
web-broadcast-format-html = HTML de Telegram
web-broadcast-markdown-help = Formato sencillo: **negrita**, _cursiva_, `código`, [texto](https://enlace). Lo demás se envía tal como se escribe.
web-criteria-help = Participantes que cumplen todos los criterios elegidos; dentro de uno, cualquiera de los valores (mantenga Ctrl o ⌘ para elegir varios países). Un criterio vacío no restringe.
web-broadcast-preview = Vista previa y recuento
web-broadcast-times-in = Horas en { $zone }.
web-broadcast-when-scheduled = Se enviará el { $local } ({ $zone }), es decir, { $utc }.
web-broadcast-when-now = Se envía ahora: { $local } ({ $zone }), es decir, { $utc }.
web-broadcast-send-count = Enviar a { $count ->
        [one] { $count } participante
       *[other] { $count } participantes
    }
web-broadcast-edit = Modificar
web-owner-unreachable = No se puede contactar en el chat a quien envió la ficha (bloqueó el bot o se fue): no recibe el aviso.

## hardening (issue 30)
web-signin-limited = Demasiados intentos de inicio de sesión desde aquí. Espere unos minutos y envíe /web al bot para recibir un enlace nuevo.
web-busy = Tiene varias páginas cargándose a la vez. Espere a que terminen y vuelva a intentarlo.
