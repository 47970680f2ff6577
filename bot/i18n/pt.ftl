## Português. Os textos são enviados com parse_mode=HTML: apenas etiquetas do Telegram; o bot escapa os valores.

## Início e menu
start-welcome =
    👋 Bem-vindo/a ao <b>Bot de Cooperação do CIDI</b> da Terceira Reunião Especializada do CIDI de Altas Autoridades de Cooperação (virtual, 2 e 3 de dezembro de 2021).
    
    Aqui você pode se registrar, incluir suas ofertas e necessidades de cooperação no catálogo da reunião, encontrar contrapartes e acompanhar a agenda.
    
    Mude o idioma com os botões abaixo a qualquer momento, ou com /language.
start-welcome-back = 👋 Bem-vindo/a de volta, { $name }!
start-resume = Vamos continuar de onde você parou.
reg-intro = Vamos fazer o seu registro: algumas perguntas curtas. /cancel interrompe a qualquer momento; “Voltar” retorna um passo.
menu-registered =
    O que você pode fazer agora:
    /profile — ver e editar seu perfil
    /language — mudar o idioma
    /help — todos os comandos

## Controles do diálogo
dialog-back = ⬅️ Voltar
dialog-cancel = ✖️ Cancelar
dialog-next = Próximo ➡️
dialog-previous = ⬅️ Anterior
dialog-cancelled = Cancelado. Nada foi salvo. Envie /start para começar de novo.
dialog-none-open = Não há nada para cancelar.
dialog-stale-button = Este botão não está mais ativo. Use a mensagem mais recente.
dialog-expect-button = Escolha um dos botões abaixo, por favor.
dialog-expect-text = Digite sua resposta como mensagem de texto, por favor.
dialog-current = Valor atual: <i>{ $value }</i>
dialog-not-text = Aqui só consigo ler texto. Digite sua resposta (não leio figurinhas, fotos, mensagens de voz nem arquivos).

## Erros
error-empty = A resposta está vazia. Digite algo, por favor.
error-too-long = Tem { $length } caracteres; o limite é { $max }. Encurte, por favor.
error-too-short = É curto demais: pelo menos { $min } caracteres, por favor.
error-no-letters = Use letras, não apenas números, símbolos ou emoji.
error-generic = Desculpe, algo deu errado do nosso lado. Tente de novo em um instante.
error-unknown-command = Não conheço esse comando. /help lista os comandos que você pode usar.
error-group-chat = Olá! Funciono apenas em conversas privadas: escreva-me diretamente, por favor.
error-not-understood = Não entendi. /help mostra o que posso fazer.
error-not-registered = Você ainda não está registrado/a. Envie /start para se registrar (leva dois minutos).
error-not-allowed = Esta ação é reservada aos organizadores ou à secretaria da reunião.

## Registro
reg-ask-name = Qual é o seu nome completo? (até { $max } caracteres)
reg-ask-kind = Quem você representa?
reg-ask-organisation = Qual é o nome da sua organização? (até { $max } caracteres)
reg-ask-country-member = Qual Estado membro da OEA você representa? Escolha abaixo ou digite o nome.
reg-ask-country-observer = Qual Estado observador permanente você representa? Escolha abaixo ou digite o nome.
reg-ask-country-organisation = Em que país fica a sede da sua organização? Digite o nome.
reg-ask-position = Qual é o seu cargo ou título? (até { $max } caracteres)
reg-ask-timezone =
    Qual fuso horário os lembretes devem usar? Propomos <b>{ $proposed }</b> ({ $zone }).
    Escolha abaixo, ou digite uma cidade ou um fuso como “America/Lima”.
reg-ask-consent = Podemos compartilhar seus dados de contato com as contrapartes com quem você for conectado/a?
reg-country-pick = Vários países correspondem a “{ $query }”. Qual deles você quer dizer?
reg-country-not-found = Não encontrei nenhum país chamado “{ $query }”. Verifique a grafia ou escolha na lista.
reg-timezone-not-found = Não conheço o fuso horário “{ $query }”. Digite uma cidade (por exemplo “Bogotá”) ou um fuso como “America/Bogota”.
reg-done = ✅ Obrigado/a, { $name }: seu registro está feito.

## Tipos de ator
actor-member_state = Estado membro da OEA
actor-observer_state = Estado observador permanente
actor-private_sector = Setor privado
actor-foundation = Fundação
actor-academia = Academia
actor-multilateral = Organização multilateral ou internacional
actor-ngo = Outro ator não governamental

## Áreas prioritárias
area-digital = Economia do conhecimento, virtual e digital
area-msme = Recuperação econômica das MPME
area-education = Educação na era digital
area-work = Futuro do trabalho e recuperação do emprego
area-climate = Ação climática e fortalecimento da resiliência
area-health = Sistemas de saúde

## Consentimento
consent-direct = Sim, compartilhar meus dados de contato
consent-secretariat = Somente por meio da secretaria

## Idiomas
language-en = Inglês
language-es = Espanhol
language-fr = Francês
language-pt = Português
language-ask = Escolha seu idioma:
language-set = Pronto: vou escrever para você em português.

## Perfil
profile-title = <b>Seu perfil</b>
profile-line = { $field }: <b>{ $value }</b>
profile-none = —
profile-verified-yes = ✔️ Afiliação verificada pela secretaria
profile-verified-no = Afiliação ainda não verificada pela secretaria
profile-edit-hint = Toque em um botão para alterar um dado.
profile-edit-button = ✏️ { $field }
profile-updated = ✅ Seu perfil foi atualizado.
field-full_name = Nome
field-actor_kind = Representa
field-organisation = Organização
field-country = País
field-position = Cargo
field-timezone = Fuso horário
field-consent = Compartilhar contato
field-language = Idioma

## Ajuda
help-delegate =
    <b>Comandos</b>
    /start — boas-vindas e registro
    /profile — ver e editar seu perfil
    /language — mudar o idioma
    /cancel — sair do diálogo em curso
    /forget_me — apagar seus dados pessoais
    /help — esta lista
help-secretariat =
    <b>Secretaria</b>
    /verify USER_ID — marcar a afiliação de um delegado como verificada
    /unverify USER_ID — retirar essa marca
help-organiser =
    <b>Organizadores</b>
    As ferramentas dos organizadores (difusões, números) chegam nas próximas versões.

## Esquecer-me
forget-confirm = Apagar seus dados pessoais (nome, organização, cargo, fuso horário, consentimento de contato)? As entradas do catálogo já aprovadas permanecem no catálogo, como de um delegado anônimo.
forget-yes = Sim, apagar meus dados
forget-no = Não, manter
forget-done = Seus dados pessoais foram apagados. As entradas aprovadas do catálogo permanecem, anonimizadas. Envie /start se quiser se registrar de novo.
forget-kept = Nada foi apagado.
forget-nothing = Não guardo nenhum dado pessoal seu.

## Verificação (secretaria)
verify-usage = Uso: /verify USER_ID (o identificador do Telegram do delegado).
verify-done = ✔️ { $name } ({ $user }) agora está marcado/a como verificado/a.
unverify-done = { $name } ({ $user }) não está mais marcado/a como verificado/a.
verify-unknown = Nenhum delegado registrado tem o identificador { $user }.

## Menu de comandos
cmd-start = Boas-vindas e registro
cmd-profile = Ver e editar seu perfil
cmd-language = Mudar o idioma
cmd-help = Todos os comandos
cmd-cancel = Sair do diálogo em curso
cmd-forget_me = Apagar meus dados pessoais
cmd-verify = Marcar um delegado como verificado
cmd-unverify = Retirar uma verificação
