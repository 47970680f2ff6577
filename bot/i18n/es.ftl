## Español. Los textos se envían con parse_mode=HTML: solo etiquetas de Telegram; el bot escapa los valores.

## Inicio y menú
start-welcome =
    👋 Bienvenido/a al <b>Bot de Cooperación del CIDI</b> de la Tercera Reunión Especializada del CIDI de Altas Autoridades de Cooperación (virtual, 2 y 3 de diciembre de 2021).
    
    Aquí puede registrarse, incorporar sus ofertas y necesidades de cooperación al catálogo de la reunión, encontrar contrapartes y seguir la agenda.
    
    Cambie el idioma con los botones de abajo en cualquier momento, o con /language.
start-welcome-back = 👋 ¡Bienvenido/a de nuevo, { $name }!
start-resume = Sigamos donde lo dejó.
reg-intro = Vamos a registrarle: unas pocas preguntas breves. /cancel detiene el proceso en cualquier momento; “Atrás” vuelve un paso.
menu-registered =
    Lo que puede hacer ahora:
    /profile — ver y editar su perfil
    /language — cambiar el idioma
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
error-no-letters = Use letras, no solo cifras, símbolos o emoji.
error-generic = Lo sentimos, algo falló de nuestro lado. Inténtelo de nuevo en un momento.
error-unknown-command = No conozco ese comando. /help muestra los comandos que puede usar.
error-group-chat = ¡Hola! Solo funciono en chats privados: escríbame directamente, por favor.
error-not-understood = No entendí eso. /help muestra lo que puedo hacer.
error-not-registered = Aún no está registrado/a. Envíe /start para registrarse (toma dos minutos).
error-not-allowed = Esta acción está reservada a los organizadores o a la secretaría de la reunión.

## Registro
reg-ask-name = ¿Cuál es su nombre completo? (hasta { $max } caracteres)
reg-ask-kind = ¿A quién representa?
reg-ask-organisation = ¿Cuál es el nombre de su organización? (hasta { $max } caracteres)
reg-ask-country-member = ¿Qué Estado miembro de la OEA representa? Elíjalo abajo o escriba su nombre.
reg-ask-country-observer = ¿Qué Estado observador permanente representa? Elíjalo abajo o escriba su nombre.
reg-ask-country-organisation = ¿En qué país tiene su sede su organización? Escriba su nombre.
reg-ask-position = ¿Cuál es su cargo o título? (hasta { $max } caracteres)
reg-ask-timezone =
    ¿Qué huso horario deben usar los recordatorios? Le proponemos <b>{ $proposed }</b> ({ $zone }).
    Elija abajo, o escriba una ciudad o un huso como “America/Lima”.
reg-ask-consent = ¿Podemos compartir sus datos de contacto con las contrapartes con las que se le vincule?
reg-country-pick = Varios países coinciden con “{ $query }”. ¿A cuál se refiere?
reg-country-not-found = No encontré ningún país llamado “{ $query }”. Revise la ortografía o elija de la lista.
reg-timezone-not-found = No conozco el huso horario “{ $query }”. Escriba una ciudad (por ejemplo “Bogotá”) o un huso como “America/Bogota”.
reg-done = ✅ Gracias, { $name }: ya está registrado/a.

## Tipos de actor
actor-member_state = Estado miembro de la OEA
actor-observer_state = Estado observador permanente
actor-private_sector = Sector privado
actor-foundation = Fundación
actor-academia = Academia
actor-multilateral = Organización multilateral o internacional
actor-ngo = Otro actor no gubernamental

## Áreas prioritarias
area-digital = Economía del conocimiento, virtual y digital
area-msme = Recuperación económica de las MIPYME
area-education = Educación en la era digital
area-work = Futuro del trabajo y recuperación del empleo
area-climate = Acción climática y fortalecimiento de la resiliencia
area-health = Sistemas de salud

## Consentimiento
consent-direct = Sí, compartir mis datos de contacto
consent-secretariat = Solo a través de la secretaría

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
profile-none = —
profile-verified-yes = ✔️ Afiliación verificada por la secretaría
profile-verified-no = Afiliación aún no verificada por la secretaría
profile-edit-hint = Pulse un botón para cambiar un dato.
profile-edit-button = ✏️ { $field }
profile-updated = ✅ Su perfil está actualizado.
field-full_name = Nombre
field-actor_kind = Representa a
field-organisation = Organización
field-country = País
field-position = Cargo
field-timezone = Huso horario
field-consent = Compartir contacto
field-language = Idioma

## Ayuda
help-delegate =
    <b>Comandos</b>
    /start — bienvenida y registro
    /profile — ver y editar su perfil
    /language — cambiar el idioma
    /cancel — salir del diálogo en curso
    /forget_me — borrar sus datos personales
    /help — esta lista
help-secretariat =
    <b>Secretaría</b>
    /verify USER_ID — marcar la afiliación de un delegado como verificada
    /unverify USER_ID — retirar esa marca
help-organiser =
    <b>Organizadores</b>
    Las herramientas de organización (difusiones, cifras) llegarán con las próximas versiones.

## Olvidarme
forget-confirm = ¿Borrar sus datos personales (nombre, organización, cargo, huso horario, consentimiento de contacto)? Las entradas del catálogo ya aprobadas permanecen en el catálogo, como de un delegado anónimo.
forget-yes = Sí, borrar mis datos
forget-no = No, conservarlos
forget-done = Sus datos personales han sido borrados. Las entradas aprobadas del catálogo permanecen, anonimizadas. Envíe /start si desea registrarse de nuevo.
forget-kept = No se borró nada.
forget-nothing = No guardo ningún dato personal suyo.

## Verificación (secretaría)
verify-usage = Uso: /verify USER_ID (el identificador de Telegram del delegado).
verify-done = ✔️ { $name } ({ $user }) queda marcado/a como verificado/a.
unverify-done = { $name } ({ $user }) ya no está marcado/a como verificado/a.
verify-unknown = Ningún delegado registrado tiene el identificador { $user }.

## Menú de comandos
cmd-start = Bienvenida y registro
cmd-profile = Ver y editar su perfil
cmd-language = Cambiar el idioma
cmd-help = Todos los comandos
cmd-cancel = Salir del diálogo en curso
cmd-forget_me = Borrar mis datos personales
cmd-verify = Marcar a un delegado como verificado
cmd-unverify = Retirar una verificación
