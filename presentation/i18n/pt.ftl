## Português. Os textos são enviados com parse_mode=HTML: apenas etiquetas do Telegram; o bot escapa os valores.

### Register and inclusive language (issue 32; tests/core/test_language_structure.py checks it)
### - Português do Brasil. Tratamento implícito: nunca «você» explícito; o verbo na 3.ª pessoa e «o seu / a sua».
###   Nos botões e menus, a forma curta («Minhas ofertas»).
### - Linguagem inclusiva com formas neutras e coletivas: «pessoa», «participantes», «quem enviou a ficha».
###   Sem duplas («delegados e delegadas»), barras ou parênteses («/a», «(e)s»).
### - Sem formas de Portugal: equipe (não equipa), tela (não ecrã), registro (não registo), usuário (não utilizador), arquivo (não ficheiro), contato (não contacto).
### - Um número passa por um seletor de plural ou segue um rótulo («Ofertas: 3»).
### - Um país ou um idioma inserido numa frase fica em posição de rótulo («Brasil: …»); idiomas em minúsculas («português»).

## Início e menu
start-welcome =
    👋 Boas-vindas ao <b>Bot de Cooperação do CIDI</b> da { $meeting } (virtual, { $dates }).
    
    Aqui é possível fazer a sua inscrição, incluir as suas ofertas e necessidades de cooperação no catálogo da reunião, encontrar contrapartes e acompanhar a agenda.
    
    Mude o idioma com os botões abaixo a qualquer momento, ou com /language.
start-welcome-back = 👋 Olá de novo, { $name }!
start-resume = Vamos continuar de onde paramos.
reg-intro = Vamos fazer a sua inscrição: algumas perguntas curtas. /cancel interrompe a qualquer momento; “Voltar” retorna à etapa anterior.
menu-registered =
    O que é possível fazer agora:
    /offer — incluir uma oferta de cooperação no catálogo
    /need — incluir uma necessidade de cooperação no catálogo
    /mine — as suas ofertas e necessidades
    /profile — ver e editar o seu perfil
    /help — todos os comandos

## Controles do diálogo
dialog-back = ⬅️ Voltar
dialog-cancel = ✖️ Cancelar
dialog-next = Seguinte ➡️
dialog-previous = ⬅️ Anterior
dialog-cancelled = Cancelado. Nada foi salvo. Envie /start para começar de novo.
dialog-none-open = Não há nada para cancelar.
dialog-stale-button = Este botão já não está ativo. Use a mensagem mais recente.
dialog-expect-button = Escolha um dos botões abaixo, por favor.
dialog-expect-text = Escreva a sua resposta como mensagem de texto, por favor.
dialog-current = Valor atual: <i>{ $value }</i>
dialog-not-text = Aqui só consigo ler texto. Escreva a sua resposta (não leio stickers, fotos, mensagens de voz nem arquivos).

## Erros
error-empty = A resposta está vazia. Escreva algo, por favor.
error-too-long = Tem { $length } caracteres; o limite é { $max }. Encurte o texto, por favor.
error-too-short = É curto demais: pelo menos { $min } caracteres, por favor.
error-no-letters = Use letras, não apenas números, símbolos ou emojis.
error-generic = Lamentamos: ocorreu um erro do nosso lado. Tente novamente dentro de instantes.
error-slow-down = As mensagens estão chegando mais depressa do que consigo lê-las. Aguarde alguns segundos, por favor: o que for enviado nesse intervalo será ignorado.
error-unknown-command = Não conheço esse comando. /help lista os comandos disponíveis.
error-group-chat = Olá! Funciono apenas em conversas privadas: escreva-me diretamente, por favor.
error-not-understood = Não entendi. /help mostra o que posso fazer.
error-not-registered = A sua inscrição ainda não foi feita. Envie /start para se inscrever (leva dois minutos).
error-not-allowed = Esta ação é reservada à comissão organizadora ou à Secretaria da reunião.
error-not-allowed-secretariat = Esta ação é reservada à Secretaria da reunião.

## Registro
reg-ask-name = Qual é o seu nome completo? (até { $max } caracteres)
reg-ask-kind = Quem representa?
reg-ask-organisation = Qual é o nome da sua organização? (até { $max } caracteres)
reg-ask-country-member = Qual Estado membro da OEA representa? Escolha abaixo ou escreva o nome do país.
reg-ask-country-observer = Qual Observador Permanente representa (um Estado ou a União Europeia)? Escolha abaixo ou escreva o nome.
reg-ask-country-organisation = Em que país fica a sede da sua organização? Escreva o nome do país.
reg-ask-position = Qual é o seu cargo ou título? (até { $max } caracteres)
reg-ask-timezone =
    Qual fuso horário os lembretes devem usar? Propomos <b>{ $proposed }</b> ({ $zone }).
    Escolha abaixo, ou escreva uma cidade ou um fuso como “America/Lima”.
reg-ask-consent = Podemos compartilhar os seus dados de contato com as contrapartes com quem for estabelecido contato?
reg-country-pick = Vários países correspondem a “{ $query }”. A qual deles se refere?
reg-country-not-found = Não encontrei nenhum país chamado “{ $query }”. Verifique a grafia ou escolha na lista.
reg-timezone-not-found = Não conheço o fuso horário “{ $query }”. Escreva uma cidade (por exemplo “Bogotá”) ou um fuso como “America/Bogota”.
reg-timezone-pick = Não sei ao certo a qual fuso horário corresponde “{ $query }”. Seria um destes?
reg-done = ✅ Agradecemos, { $name }: a sua inscrição está concluída.

## Tipos de ator
actor-member_state = Estado membro da OEA
actor-observer_state = Observador Permanente junto à OEA
actor-private_sector = Setor privado
actor-foundation = Fundação
actor-academia = Academia
actor-multilateral = Organismo multilateral
actor-ngo = Outro ator não governamental
actor-oas_secretariat = Secretaria-Geral da OEA

## Áreas prioritárias
area-digital = Economia do conhecimento, virtual e digital
area-msme = Recuperação econômica das MPME
area-education = Educação na era digital
area-work = Futuro do trabalho e recuperação do emprego
area-climate = Ação climática e fortalecimento da resiliência
area-health = Sistemas de saúde
area-cross_cutting = Transversal: água, igualdade de gênero, migração, governança…

## Consentimento
consent-direct = Sim, compartilhar meus dados
consent-secretariat = Somente por meio da Secretaria

## Idiomas
language-en = Inglês
language-es = Espanhol
language-fr = Francês
language-pt = Português
language-ask = Escolha o seu idioma:
language-set = Pronto: passarei a escrever em português.

## Perfil
profile-title = <b>O seu perfil</b>
profile-line = { $field }: <b>{ $value }</b>
profile-zone-now = { $zone } — hora atual: { $time }
profile-none = —
profile-verified-yes = ✔️ Afiliação verificada pela Secretaria
profile-verified-no = Afiliação ainda não verificada pela Secretaria
profile-edit-hint = Toque em um botão para alterar um dado.
profile-edit-button = ✏️ { $field }
profile-updated = ✅ O seu perfil foi atualizado.
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
    /start — boas-vindas e inscrição
    /offer — apresentar uma oferta de cooperação
    /need — apresentar uma necessidade de cooperação
    /mine — as suas ofertas e necessidades e o status delas; editá-las ou retirá-las
    /search — pesquisar no catálogo
    /country NOME — as ofertas e necessidades de um país, por área
    /matches — as contrapartes encontradas para as suas fichas
    /partnerships — as suas parcerias, etapa por etapa
    /meetings — as suas reuniões por vídeo com as contrapartes: as próximas, e se as passadas aconteceram
    /availability — os dias e horários em que aceita reuniões
    /followup off — deixar de receber perguntas de acompanhamento das suas parcerias (/followup on para retomá-las)
    /agenda — a agenda da reunião no seu fuso horário
    /now, /next — a sessão em curso e a próxima
    /calendar — a agenda como arquivo de calendário
    /reminders — os seus lembretes: antecedência e sessões
    /profile — ver e editar o seu perfil
    /language — mudar o idioma
    /cancel — sair do diálogo em curso
    /forget_me — apagar os seus dados pessoais
    /help — esta lista
help-contact = Para contatar a Secretaria: { $contact }
help-secretariat =
    <b>Secretaria</b>
    /review — revisar as ofertas e necessidades apresentadas, da mais antiga à mais recente
    /export — o catálogo em arquivos Excel, CSV e JSON (/export all: todos os status)
    /publish — o catálogo publicado, em HTML e PDF
    /connections — todos os pedidos de contato: as parcerias da reunião
    /invite — um link de uso único que concede a função “Comissão organizadora” ou “Secretaria”
    /roles — quem tem qual função; retirá-la
    /verify USER_ID — verificar a afiliação de uma pessoa
    /unverify USER_ID — retirar essa verificação
help-organiser =
    <b>Comissão organizadora</b>
    /broadcast — enviar uma mensagem a todas as pessoas inscritas ou a uma parte delas, agora ou mais tarde
    /broadcasts — difusões programadas e em curso; cancelar uma
    /stats — os números da reunião, com um gráfico
    /unmet — necessidades que nenhuma oferta aprovada atende, 30 dias após a aprovação
    /web — o console web (um link de acesso de uso único)
    Para substituir a agenda, envie o novo arquivo de agenda (YAML).

## Esquecer-me
forget-confirm = Apagar os seus dados pessoais (nome, organização, cargo, fuso horário, consentimento de contato)? As fichas do catálogo já aprovadas permanecem no catálogo, sem identificação.
forget-yes = Sim, apagar
forget-no = Não, manter
forget-done = Os seus dados pessoais foram apagados. As fichas aprovadas do catálogo permanecem, anonimizadas. Envie /start para fazer uma nova inscrição.
forget-kept = Nada foi apagado.
forget-nothing = Não guardo nenhum dado pessoal seu.

## Verificação (secretaria)
verify-usage = Uso: /verify USER_ID (o identificador do Telegram da pessoa).
verify-done = ✔️ O perfil de { $name } ({ $user }) agora está verificado.
unverify-done = O perfil de { $name } ({ $user }) não está mais marcado como verificado.
verify-unknown = Nenhuma pessoa inscrita tem o identificador { $user }.

## Menu de comandos
cmd-start = Boas-vindas e registro
cmd-profile = Ver e editar o meu perfil
cmd-language = Mudar o idioma
cmd-help = Todos os comandos
cmd-cancel = Sair do diálogo em curso
cmd-forget_me = Apagar meus dados pessoais
cmd-verify = Verificar uma afiliação
cmd-unverify = Retirar uma verificação

## Ofertas e necessidades: o diálogo
entry-intro-offer = Uma nova <b>oferta</b> de cooperação: algumas perguntas e depois um resumo que poderá ser corrigido antes do envio. /cancel interrompe a qualquer momento.
entry-intro-need = Uma nova <b>necessidade</b> de cooperação: algumas perguntas e depois um resumo que poderá ser corrigido antes do envio. /cancel interrompe a qualquer momento.
entry-ask-title = O título, em poucas palavras (até { $max } caracteres)?
entry-ask-description = Descreva: o quê, para quem, com quais resultados (até { $max } caracteres).
entry-ask-area = Qual área prioritária?
entry-ask-cooperation_type = Qual tipo de cooperação?
entry-ask-modality = Qual modalidade?
entry-ask-role = Nesta cooperação triangular, o seu papel é… (primeiro ofertante: transfere a sua experiência; segundo ofertante: apoia com financiamento ou meios técnicos; receptor: recebe a cooperação)
entry-ask-countries = Que países abrange? Toque em cada país (toque de novo para retirá-lo) ou escreva um nome, depois “Pronto”. Ou escolha uma sub-região ou todas as Américas.
entry-countries-chosen = Escolhidos: <b>{ $list }</b>
entry-review-note = ✏️ <b>A Secretaria pediu:</b> { $note }
entry-countries-several = Vários países correspondem a “{ $query }”: toque na lista aquele que procura.
entry-countries-done = ✔️ Pronto
entry-all-americas = 🌎 Todas as Américas
entry-ask-time_frame = Em que prazo?
entry-ask-financing = Esta oferta inclui financiamento?
entry-ask-contact = Um contato para esta ficha, e-mail ou telefone (opcional, até { $max } caracteres)? Ou toque em “Pular”.
entry-skip = Pular
answer-yes = Sim
answer-no = Não
entry-summary-offer = <b>A sua oferta, antes do envio</b>
entry-summary-need = <b>A sua necessidade, antes do envio</b>
entry-summary-hint = Toque em um campo para corrigi-lo, ou em Enviar.
entry-submit = 📨 Enviar
entry-similar = ⚠️ Já existe uma ficha sua muito parecida: #{ $id } “{ $title }” (/open_{ $id }).
entry-limit = Já há { $max ->
        [one] { $max } ficha sua
       *[other] { $max } fichas suas
    } à espera de revisão. Aguarde as decisões da Secretaria antes de incluir mais.
entry-saved-offer = ✅ Recebida: a sua oferta tem o número { $id }. A Secretaria vai revisá-la e a decisão chegará aqui. /mine mostra o status.
entry-saved-need = ✅ Recebida: a sua necessidade tem o número { $id }. A Secretaria vai revisá-la e a decisão chegará aqui. /mine mostra o status.
entry-field-title = Título
entry-field-description = Descrição
entry-field-area = Área prioritária
entry-field-cooperation_type = Tipo de cooperação
entry-field-modality = Modalidade
entry-field-role = Papel
entry-field-countries = Países
entry-field-time_frame = Prazo
entry-field-financing = Financiamento disponível
entry-field-contact = Contato
entry-field-owner = De
entry-field-since = Ficha no catálogo
entry-card-title = <b>{ $heading }: { $title }</b>
entry-card-status = Status: <b>{ $status }</b>
entry-card-description = { $text }
entry-anonymous = uma pessoa não identificada
error-meaningless = Escreva com palavras de verdade (não apenas emojis, números, um mesmo caractere repetido ou teclas ao acaso).
error-few-words = Descreva em uma ou duas frases: pelo menos { $min ->
        [one] { $min } palavra diferente
       *[other] { $min } palavras diferentes
    } (uma mesma palavra repetida diz muito pouco a um possível parceiro).
error-contact = Não é um e-mail (nome@exemplo.org) nem um número de telefone (+1 202 555 0100).
error-countries-empty = Escolha pelo menos um país, ou todas as Américas.
error-code = “{ $value }” não é um dos códigos permitidos.
error-required = Este campo é obrigatório.

## Códigos
kind-offer = Oferta
kind-need = Necessidade
type-technical_assistance = Assistência técnica
type-knowledge_exchange = Intercâmbio de conhecimentos
type-good_practice = Boa prática
type-programme = Programa
type-financing = Financiamento
modality-south_south = Sul-Sul
modality-triangular = Triangular
modality-north_south = Norte-Sul
modality-multi_stakeholder = Parceria multissetorial
role-facilitator = Segundo ofertante
role-pivot = Primeiro ofertante
role-beneficiary = Receptor
timeframe-short = Curto prazo (até 12 meses)
timeframe-medium = Médio prazo (de 1 a 3 anos)
status-pending = À espera de revisão
status-approved = Aprovada
status-changes_requested = Alterações solicitadas
status-rejected = Não aceita
status-withdrawn = Retirada

## Minhas entradas
menu-offer = ➕ Oferta
menu-need = ➕ Necessidade
menu-mine = 📋 Minhas fichas
mine-title = <b>As suas ofertas e necessidades</b> (toque em um número para abrir)
mine-line = #{ $id } { $kind }: { $title } — <i>{ $status }</i>
mine-empty = Ainda não há ofertas nem necessidades suas.
entry-edit = ✏️ Editar
entry-withdraw = 🗑 Retirar
entry-withdraw-confirm = Retirar a ficha #{ $id } do catálogo? Deixará de ser exibida e de gerar correspondências.
entry-withdraw-yes = Sim, retirar
entry-withdraw-no = Não, manter
entry-withdrawn = A ficha #{ $id } foi retirada.
entry-withdraw-kept = A ficha #{ $id } continua como está.
entry-published-note = A versão aprovada continua no catálogo até a Secretaria aprovar esta alteração.
entry-not-found = Nenhuma das suas fichas tem esse número.
draft-discard-confirm = Descartar este rascunho? O que foi escrito será perdido.
draft-discard-yes = Sim, descartar
draft-discard-no = Não, continuar
draft-discarded = O rascunho foi descartado.

## Revisão (secretaria)
review-open = 🔎 Revisar
review-empty = Não há nada à espera de revisão. 🎉
review-header = <b>Revisão</b> — à espera: { $left }
review-changed = ✏️ Alterado desde a última revisão: { $fields }
review-submitter = Apresentada por { $name } — { $affiliation }
review-is-edit = É uma alteração de uma ficha aprovada; a versão aprovada continua visível até a sua decisão.
review-approve = ✅ Aprovar
review-changes = ✏️ Pedir alterações
review-reject = ⛔ Rejeitar
review-skip = ⏭ Pular
review-history = 🕓 Histórico
review-next = ➡️ Seguinte
review-ask-changes = O que deve ser alterado na ficha #{ $id }? A sua mensagem será enviada a quem a apresentou.
review-ask-reject = Por que rejeitar a ficha #{ $id }? Escolha um motivo ou escreva o seu.
reason-out_of_scope = Fora das áreas prioritárias
reason-duplicate = Duplica outra ficha
reason-not_specific = Pouco concreta
reason-incomplete = Faltam informações
review-already-decided = Outra pessoa já decidiu sobre a ficha #{ $id }, ou a ficha foi alterada nesse intervalo: nada foi sobrescrito.
review-done-approve = ✅ A ficha #{ $id } está aprovada e no catálogo.
review-done-request_changes = ✏️ Alterações solicitadas para a ficha #{ $id }.
review-done-reject = ⛔ A ficha #{ $id } foi rejeitada.
review-history-title = <b>Histórico da ficha #{ $id }</b>
review-history-line = { $when } — { $action }
action-submit = apresentada
action-edit = alterada
action-approve = aprovada
action-request_changes = alterações solicitadas
action-reject = rejeitada
action-withdraw = retirada
action-import = importada
action-import_update = atualizada por importação
notify-new-entry = 📥 Nova ficha ({ $kind }) à espera de revisão: #{ $id } “{ $title }”.
notify-edited-entry = 📥 Alteração de uma ficha aprovada ({ $kind }) à espera de revisão: #{ $id } “{ $title }”.
notify-waiting = 📥 À espera de revisão: { $new ->
        [0] { $edits ->
            [one] { $edits } alteração
           *[other] { $edits } alterações
        }
        [one] { $edits ->
            [0] { $new } ficha nova
            [one] { $new } ficha nova e { $edits } alteração
           *[other] { $new } ficha nova e { $edits } alterações
        }
       *[other] { $edits ->
            [0] { $new } fichas novas
            [one] { $new } fichas novas e { $edits } alteração
           *[other] { $new } fichas novas e { $edits } alterações
        }
    }. As mais recentes:
    { $list }
notify-approved = ✅ A sua ficha ({ $kind }) #{ $id } “{ $title }” foi aprovada e já está no catálogo.
notify-changes = ✏️ A Secretaria pede alterações na sua ficha ({ $kind }) #{ $id } “{ $title }”: { $reason }
notify-rejected = A sua ficha ({ $kind }) #{ $id } “{ $title }” não foi aceita: { $reason }
export-empty = O catálogo está vazio.
export-caption = Fichas: { $count } ({ $format })

## Importação (linha de comando)
import-unknown-format = { $name }: use um arquivo .csv, .xlsx ou .jsonl.
import-empty = O arquivo não tem linhas.
import-bad-json = A linha { $line } não é um objeto JSON.
import-bad-xlsx = { $name } não é um arquivo do Excel legível.
import-too-many-rows = O arquivo tem mais de { $max ->
        [one] { $max } linha
       *[other] { $max } linhas
    }: divida-o ou verifique se é o arquivo certo.
import-unknown-column = Coluna desconhecida “{ $column }”. As colunas são: { $known }.
import-missing-column = Falta a coluna obrigatória “{ $column }”.
import-duplicate-id = O identificador “{ $value }” já é usado pela linha { $other }.

## Menu de comandos (catálogo)
cmd-offer = Apresentar uma oferta de cooperação
cmd-need = Apresentar uma necessidade de cooperação
cmd-mine = Minhas ofertas e necessidades
cmd-review = Revisar as fichas apresentadas
cmd-export = Exportar o catálogo

## Busca e correspondências
search-ask = O que procura? Escreva algumas palavras em qualquer idioma (por exemplo “telemedicina áreas rurais”).
search-too-short = Escreva pelo menos duas letras ou números para pesquisar.
search-empty = Nada no catálogo corresponde ainda a “{ $query }”. Tente outras palavras, menos palavras, outro idioma, ou retire um filtro.
search-header = <b>Resultados para “{ $query }”</b> ({ $count })
search-result = <b>{ $n }. { $title }</b> — { $kind }, { $area } · { $confidence }
    { $who }
    <i>{ $why }</i>
search-corrected = Foi escrito “{ $typed }”: mostrando os resultados para “{ $query }”.
confidence-strong = correspondência forte
confidence-possible = correspondência possível
confidence-weak = correspondência fraca
search-all = Tudo
search-offers = Ofertas
search-needs = Necessidades
search-all-areas = Todas as áreas
area-button-digital = Economia digital e do saber
area-button-msme = Recuperação das MPME
area-button-education = Educação na era digital
area-button-work = Futuro do trabalho e emprego
area-button-climate = Ação climática e resiliência
area-button-health = Sistemas de saúde
area-button-cross_cutting = Temas transversais
area-short-digital = Digital
area-short-msme = MPME
area-short-education = Educação
area-short-work = Trabalho
area-short-climate = Clima
area-short-health = Saúde
area-short-cross_cutting = Transversal
why-meaning = sentido próximo ({ $percent }%)
why-area = mesma área: { $area }
why-shared = em comum: { $list }
why-related = relacionados: { $list }
why-type = mesmo tipo: { $type }
why-modality = mesma modalidade: { $modality }
why-country = país: { $country }
why-words = mesmas palavras: { $list }
match-new = 🤝 Uma nova ficha ({ $other_kind }) corresponde à sua ficha “{ $own_title }”: <b>{ $other_title }</b> — { $who } (pontuação { $score }/100).
    <i>{ $why }</i>
match-dismiss = 🚫 Não é pertinente
match-dismissed = Esta correspondência não será mais mostrada.
matches-title = <b>As suas correspondências</b>, por ordem de relevância
matches-line = #{ $own } ↔ #{ $other } { $kind }: <b>{ $title }</b> ({ $score }/100)
    <i>{ $why }</i>
matches-empty = Ainda não há correspondências. Elas aparecerão aqui, com um aviso, assim que for aprovada uma ficha que combine com uma das suas.
connect-interested = 🤝 Tenho interesse
connect-ask = Uma mensagem curta para quem publicou “{ $title }” (até { $max } caracteres)? Ou toque em “Pular”.
connect-register-first = Antes do pedido de contato, conclua a sua inscrição (as perguntas a seguir levam dois minutos): logo depois, esta ficha será mostrada novamente.
connect-refused-own = Esta é uma das suas próprias fichas.
connect-refused-already = Já pediu para entrar em contato sobre esta ficha.
connect-refused-gone = Esta ficha não está mais no catálogo.
connect-sent = 📨 O seu pedido sobre “{ $title }” foi enviado. A resposta chegará aqui.
connect-request = 🤝 { $who } tem interesse na sua ficha “{ $title }”.
    Mensagem: { $message }
connect-accept = ✅ Aceitar
connect-decline = ✖️ Recusar
connect-to-secretariat = 🤝 { $who } tem interesse na ficha #{ $id } “{ $title }”, à qual ninguém pode responder no bot. Mensagem: { $message }
connect-name = { $name }
connect-declined = O seu pedido sobre “{ $title }” foi recusado.
connect-you-accepted = ✅ Pedido aceito: as duas partes já têm os dados de contato uma da outra (ou a Secretaria fará a intermediação).
connect-you-declined = Recusado. A outra parte é informada com cortesia.
connect-accepted = ✅ Contato estabelecido sobre “{ $title }”. Aqui estão os dados de contato:
connect-accepted-secretariat = ✅ Contato estabelecido sobre “{ $title }”. Os dados passam pela Secretaria, que fará a intermediação.
connect-secretariat-link = 🤝 Um pedido de contato aceito sobre “{ $title }” pede à Secretaria que coloque as duas partes em contato:
connect-undelivered = ⚠️ Não foi possível entregar uma mensagem sobre o pedido de contato “{ $title }”: uma das partes bloqueou o bot. Entre em contato por outro meio:
connect-refused-cap = Já enviou { $max ->
        [one] { $max } pedido
       *[other] { $max } pedidos
    } hoje, o limite diário. Tente novamente amanhã ou escreva à Secretaria.
connect-refused-cap-contact = Já enviou { $max ->
        [one] { $max } pedido
       *[other] { $max } pedidos
    } hoje, o limite diário. Tente novamente amanhã, por favor; para contatar a Secretaria enquanto isso: { $contact }
connect-refused-blocked = Quem publicou esta ficha não deseja receber mais pedidos seus. Em caso de dúvida, escreva à Secretaria.
connect-refused-barred = A Secretaria suspendeu os seus pedidos de contato. Se achar que é um engano, escreva à Secretaria.
connect-block = 🚫 Bloquear
connect-report = ⚠️ Denunciar
connect-you-blocked = Pedido bloqueado: esta pessoa não poderá mais lhe enviar pedidos. Ela será informada apenas de que o pedido foi recusado.
connect-you-reported = Pedido denunciado: a Secretaria vai analisá-lo. Esta pessoa não poderá mais lhe enviar pedidos.
connect-reported = ⚠️ Quem publicou a ficha #{ $id } “{ $title }” denunciou um pedido de contato de { $who } (id do Telegram { $user }) e bloqueou os pedidos dessa pessoa. Mensagem: { $message }
person-profile = 👤 Perfil de quem pediu
person-bar = 🚫 Impedir pedidos de contato
person-unbar = ↩️ Voltar a permitir pedidos de contato
person-barred = 🚫 Sem pedidos de contato desde { $since }.
person-barred-done = Feito: esta pessoa não pode mais enviar pedidos de contato.
person-unbarred-done = Feito: esta pessoa pode voltar a enviar pedidos de contato.
person-record =
    <b>Id do Telegram:</b> { $user }{ $username }
    <b>Pedidos de contato enviados:</b> { $sent } (aceitos: { $accepted })
    <b>Bloqueios por quem publicou fichas:</b> { $blocked } (com denúncia: { $reported })
connections-title = <b>Pedidos de contato</b> (os mais recentes primeiro)
connections-line = #{ $id } “{ $title }”: { $requester } → { $owner } — { $status }
connections-empty = Ainda não há pedidos de contato.
connection-requested = solicitado
connection-accepted = aceito
connection-declined = recusado
connection-reported = denunciado
connections-catalogue = a Secretaria (ficha do catálogo)
cmd-search = Pesquisar no catálogo
cmd-country = Ofertas e necessidades de um país
country-usage = Qual país? Por exemplo: /country Brasil (em qualquer um dos quatro idiomas, ou o código: BR).
country-title = 🌎 <b>{ $country }</b> — fichas do catálogo deste país ou que o abrangem: { $count }
country-line = #{ $id } { $kind }: { $title }
country-line-covering = #{ $id } { $kind }: { $title } · { $source }
country-empty = { $country }: ainda não há ofertas nem necessidades aprovadas.
cmd-matches = Minhas correspondências
cmd-connections = Todos os pedidos de contato

## Agenda e lembretes
agenda-header = 🗓 <b>{ $title }</b>
agenda-tbc = <i>Horários a confirmar pela Secretaria.</i>
agenda-over = <i>Esta reunião foi realizada de { $first } a { $last }. A agenda é mantida como referência.</i>
agenda-zone-line = Horários de { $city } ({ $zone })
agenda-day-heading = <b>{ $day }</b> (seu horário local)
agenda-line = <b>{ $start }–{ $end }</b> { $title }
agenda-meeting-time = { $start }–{ $end }, horário de { $city }
agenda-link = 🔗 { $link }
agenda-theme = <i>{ $theme }</i>
agenda-link-tba = 🔗 Link a ser anunciado
agenda-video = 🎥 { $link }
agenda-livestream = 📺 Transmissão ao vivo: { $link }
agenda-interpretation = 🎧 Interpretação: { $languages }
agenda-session-tbc = (a confirmar)
agenda-description = { $text }
agenda-now-header = <b>Agora</b>
agenda-now-none = Nenhuma sessão está em curso.
agenda-next-header = <b>A seguir</b>
agenda-next-none = A reunião não tem mais sessões.
calendar-caption = A agenda para o seu calendário (telefones e Outlook importam-na com o fuso horário correto).
reminder-soon = ⏰ Em { $minutes } min ({ $start }, seu horário local): <b>{ $title }</b>
reminder-started = ▶️ <b>{ $title }</b> começou.
digest-header = ☀️ <b>Hoje, { $day }</b> (seu horário local)
digest-footer = /reminders para mudar os seus lembretes.
notice-moved = 🔁 <b>{ $title }</b> mudou de horário: de { $old } para <b>{ $new }</b> (seu horário local).
notice-cancelled = ❌ Sessão cancelada: <b>{ $title }</b> (prevista para { $old }, no seu fuso horário).
notice-changes = 🗓 <b>Mudanças na agenda</b> das sessões acompanhadas ({ $count }), no seu horário local:
notice-change-moved = 🔁 <b>{ $title }</b>: de { $old } para <b>{ $new }</b>
notice-change-cancelled = ❌ <b>{ $title }</b>: cancelada (prevista para { $old })
notice-changes-more = … e mais { $count }: /agenda mostra a agenda como ficou.
reminders-default = ⏰ Haverá um lembrete { $lead } minutos antes de cada sessão e um resumo em cada manhã da reunião. /reminders para mudar.
reminders-summary = <b>Os seus lembretes</b>: { $status }
    Antes de cada sessão: { $lead } min
    Sessões: { $scope }
    Resumo da manhã: { $digest }
reminders-on = ativados
reminders-off = desativados
reminders-digest-on = ativado
reminders-digest-off = desativado
reminders-scope-all = todas
reminders-scope-some = escolhidas: { $count }
reminders-turn-on = 🔔 Ativar lembretes
reminders-turn-off = 🔕 Desativar lembretes
reminders-lead = { $minutes } min
reminders-digest-toggle = ☀️ Resumo sim/não
reminders-all = Todas as sessões
reminders-saved = Salvo.
reminders-follow = 🔔 { $title }
reminders-following = 🔔 Haverá um lembrete para “{ $title }”.
agenda-upload-too-big = O arquivo é grande demais para uma agenda (no máximo { $max } KB).
agenda-upload-not-agenda = Este arquivo não é uma agenda (YAML com “meeting” e “sessions”). { $problems }
agenda-upload-invalid = A agenda tem problemas; nada foi alterado:
    { $problems }
agenda-upload-nochange = Esta agenda é igual à atual.
agenda-upload-diff = <b>Nova agenda: o que muda</b>
    Adicionadas: { $added }
    Removidas: { $removed }
    Movidas: { $moved }
    Editadas: { $edited }
    Quem acompanha sessões movidas ou removidas receberá um único aviso.
agenda-upload-apply = ✅ Aplicar
agenda-upload-cancel = ✖️ Manter a atual
agenda-upload-applied = ✅ A nova agenda está em vigor; os lembretes foram reprogramados; avisos enviados: { $notices }.
agenda-upload-kept = A agenda atual foi mantida.
cmd-agenda = A agenda
cmd-now = A sessão em curso
cmd-next = A próxima sessão
cmd-calendar = A agenda como arquivo de calendário
cmd-reminders = Meus lembretes

## Difusões
broadcast-ask-text = Escreva a mensagem (idioma: { $language }); negrito, itálico e links são mantidos; até 4096 caracteres.
broadcast-bad-html = O Telegram não consegue mostrar esta formatação. Escreva a mensagem de novo.
broadcast-ask-versions = Versões prontas: { $given }. Adicione outro idioma (cada pessoa recebe a versão no seu idioma; as demais recebem a primeira) ou continue.
broadcast-add-version = ➕ { $language }
broadcast-versions-done = Continuar ➡️
broadcast-ask-audience = Quem deve recebê-la?
audience-all = Todas as pessoas
audience-kind = Por tipo de ator
audience-language = Por idioma
audience-country = Por país
audience-session = Por sessão
audience-verified = Afiliação verificada
broadcast-ask-audience-value = Qual?
broadcast-ask-when = Enviar agora ou em um horário definido?
broadcast-now = Agora
broadcast-later = Agendar
broadcast-ask-time = Quando? Escreva a data e a hora no seu fuso horário ({ $zone }), por exemplo 2021-12-02 09:45 (AAAA-MM-DD HH:MM).
broadcast-time-format = Não consegui ler esse horário. Escreva assim: 2021-12-02 09:45.
broadcast-time-past = Esse horário já passou. Escolha um horário futuro.
broadcast-time-far = Isso é daqui a mais de 30 dias. Escolha uma data mais próxima.
broadcast-preview-head = <b>Pré-visualização</b> — para: { $audience }; destinatários: { $count }; idiomas: { $languages }; quando: { $when }
broadcast-confirm = 📣 Confirmar e enviar
broadcast-edit-text = ✏️ Mudar a mensagem
broadcast-edit-audience = 👥 Mudar os destinatários
broadcast-nobody = Ninguém corresponde a estes critérios; nada foi enviado. Escolha outros critérios com /broadcast.
broadcast-nobody-choose = Ninguém corresponde a estes critérios. Escolha outros: a sua mensagem foi mantida.
broadcast-started = 📣 A difusão #{ $id } está a caminho (destinatários: { $count }). Esta mensagem mostra o andamento.
broadcast-scheduled = 🕓 A difusão #{ $id } está programada (destinatários: { $count }). Pode vê-la em /broadcasts.
broadcast-cancel = ✖️ Cancelar a difusão
broadcast-progress = 📣 Difusão #{ $id }: enviadas { $sent }; com falha { $failed }; restantes { $left } (cerca de { $eta } s).
broadcast-report = ✅ Difusão #{ $id } concluída: entregues { $sent }; bot bloqueado { $blocked }; com falha { $failed }.
broadcasts-title = <b>Difusões programadas e em curso</b>
broadcasts-line = #{ $id } { $status } — { $when } — destinatários: { $count } — { $preview }
broadcasts-none = Nenhuma.
broadcast-status-scheduled = programada
broadcast-status-sending = em envio
broadcast-status-done = concluída
broadcast-status-cancelled = cancelada
broadcast-cannot-cancel = Esta difusão já terminou ou foi cancelada.
broadcast-cancelled = A difusão #{ $id } foi cancelada; as mensagens já entregues não podem ser anuladas.

## Números
stats-title = <b>A reunião em números</b>
stats-delegates = Pessoas inscritas: { $registered } · com o bot ativo: { $active } · verificadas: { $verified }
stats-by-kind = Por tipo: { $list }
stats-by-language = Por idioma: { $list }
stats-by-country = Principais países: { $list }
stats-entries = Ofertas: { $offers } · necessidades: { $needs } ({ $statuses })
stats-catalogue = No catálogo — ofertas: { $offers } · necessidades: { $needs }
stats-area = • { $area } — ofertas aprovadas: { $offers } · necessidades: { $needs }
stats-matches = Correspondências propostas: { $matches } · pedidos de contato: { $connections } (aceitos: { $accepted })
stats-deliveries = Lembretes e resumos entregues: { $reminders } · mensagens de difusão: { $broadcasts }
stats-failed = Mensagens não entregues após { $attempts ->
        [one] { $attempts } tentativa
       *[other] { $attempts } tentativas
    }: { $count } (sem contar as conversas bloqueadas)
stats-chart-caption = Ofertas e necessidades aprovadas por área prioritária.

## Papéis e convites
role-organiser = Comissão organizadora
role-secretariat = Secretaria
invite-ask = Qual função o convite deve conceder?
invite-link = Link de uso único para a função “{ $role }”, válido por { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }, para a primeira pessoa que o abrir:
    { $link }
invite-ok = ✅ Passou a ter a função “{ $role }”. /help mostra os novos comandos.
invite-used = Este convite já foi usado.
invite-expired = Este convite expirou. Peça um novo à Secretaria.
invite-unknown = Este link de convite não é válido.
invite-used-by = 🔑 O seu link de uso único para a função “{ $role }” foi usado por { $who } (id do Telegram { $user }), que agora tem essa função. /roles a retira se o link chegou à pessoa errada.
roles-title = <b>Funções</b>
roles-line = { $name } ({ $user }): { $role }
roles-revoke = Retirar “{ $role }” de { $name }
roles-revoked = A função foi retirada.
cmd-broadcast = Enviar uma difusão
cmd-broadcasts = Difusões programadas
cmd-stats = Os números da reunião
cmd-invite = Convidar alguém para a comissão organizadora ou a Secretaria
cmd-roles = Funções

## Grupos-alvo, sub-regiões e alcance de uma necessidade (issue 18)
group-women = Mulheres
group-children = Crianças
group-older_persons = Pessoas idosas
group-disability = Pessoas com deficiência
group-migrants = Pessoas migrantes
group-refugees = Pessoas refugiadas
subregion-caribbean = Caribe
subregion-central_america = América Central
subregion-south_america = América do Sul
subregion-north_america = América do Norte
subregion-andean = Região andina
scope-national = Nacional
scope-regional = Regional
entry-field-target_groups = Grupos-alvo
entry-field-scope = Alcance
entry-ask-target_groups = Destina-se a grupos específicos? Toque em cada um que se aplica (toque de novo para retirá-lo), depois “Pronto”. Ou escolha “Nenhum em particular”.
entry-groups-none = Nenhum em particular
why-groups = mesmos grupos-alvo: { $list }
stats-approved-by-modality = Aprovadas, por modalidade: { $list }
stats-approved-by-actor-kind = Aprovadas, por tipo de ator: { $list }
stats-approved-by-target-group = Aprovadas, por grupo-alvo: { $list }
stats-approved-needs-by-scope = Necessidades aprovadas, por alcance: { $list }
search-filter-kind = Ofertas/necessidades
search-filter-area = Área
search-filter-country = País
search-filter-modality = Modalidade
search-filter-actor_kind = Ator
search-filter-target_group = Grupo-alvo
search-filters-active = Filtros: { $list }
search-filters-clear = ✖️ Retirar os filtros
search-new = 🔎 Nova pesquisa
search-filter-choose = <b>{ $filter }</b> — resultados para “{ $query }”. Cada opção indica quantos resultados deixa.
search-any = Qualquer
agenda-point = 📌 Item { $point } da agenda
stats-item = { $name }: { $count }
cmd-web = Abrir o console web
web-link = 🖥 O seu link para o console web (válido por { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }, uma única vez; não o compartilhe): { $link }
notify-corrected = ✏️ A Secretaria corrigiu a sua ficha ({ $kind }) #{ $id } “{ $title }”: { $fields }.
notify-withdrawn = A Secretaria retirou do catálogo a sua ficha ({ $kind }) #{ $id } “{ $title }”: { $reason }
audience-role = Por função

## The web console (issue 19)
web-title = Console CIDI
web-nav-label = Páginas do console
web-nav-overview = Visão geral
web-nav-review = Revisão
web-nav-catalogue = Catálogo
web-nav-delegates = Participantes
web-nav-connections = { -g-connection-cap(count: 2) }
web-nav-figures = Números
web-nav-agenda = { -g-agenda-cap }
web-nav-broadcasts = Difusões
web-nav-exports = Exportações
web-signout = Sair
web-signin-title = Entrar no console
web-signin-how = Envie /web ao bot no Telegram: ele responde com um link de uso único que abre o console.
web-signin-confirm = Entrar como <b>{ $name }</b>?
web-signin-button = Entrar
web-link-unknown = Este link não é válido. Envie /web ao bot para receber um novo.
web-link-used = Este link já foi usado. Envie /web ao bot para receber um novo.
web-link-expired = Este link expirou (os links são válidos por 10 minutos). Envie /web ao bot para receber um novo.
web-link-not_allowed = O console é para a Secretaria e a comissão organizadora.
web-refused-title = Não é possível
web-forbidden = Esta página é para a Secretaria ou a comissão organizadora; a sua conta não tem (ou não tem mais) essa função.
web-csrf = O formulário expirou ou não veio deste console: nada foi alterado. Recarregue a página e tente de novo.
web-error = Algo deu errado do nosso lado; nada foi alterado. Tente de novo.
web-not-found = Esta página ou ficha não existe.
web-bad-input = O formulário não foi preenchido como esperado; nada foi alterado.
web-bad-time = O horário não é válido; nada foi enviado.
web-not-yourself = Não é possível retirar a sua própria função aqui; peça a outra pessoa da Secretaria.
web-done = Feito.
web-card-pending = { $count ->
    [one] ficha aguardando revisão
   *[other] fichas aguardando revisão
}
web-card-offers = { $count ->
    [one] oferta aprovada
   *[other] ofertas aprovadas
}
web-card-needs = { $count ->
    [one] necessidade aprovada
   *[other] necessidades aprovadas
}
web-card-delegates = { $count ->
    [one] pessoa inscrita
   *[other] pessoas inscritas
}
web-card-states = { $count ->
    [one] Estado membro participante (de 35)
   *[other] Estados membros participantes (de 35)
}
web-card-connections = { $count ->
    [one] pedido de contato
   *[other] pedidos de contato
}
web-card-broadcasts = { $count ->
    [one] difusão programada ou em curso
   *[other] difusões programadas ou em curso
}
web-filter-kind = Oferta ou necessidade
web-filter-area = Área
web-filter-country = País
web-filter-actor = Tipo de ator
web-filter-language = Idioma
web-filter-waiting = Aguardando há pelo menos
web-waiting-hours = { $hours } h
web-filter-apply = Filtrar
web-pick-all = Selecionar tudo
web-owner = Apresentada por
web-waiting = Aguardando
web-decide-picked = Decidir sobre as fichas selecionadas
web-decision = Decisão
web-decision-approve = Aprovar
web-decision-request_changes = Pedir alterações
web-decision-reject = Rejeitar
web-reason-preset = Motivo
web-reason-text = Ou outro motivo (texto livre)
web-reason-needed = Indique um motivo (escolha um ou escreva): será comunicado a quem enviou a ficha.
web-decide = Decidir
web-nothing-picked = Nenhuma ficha foi selecionada.
web-decided-approve = Aprovadas ({ $count }): { $ids }. Quem as enviou recebe um aviso no Telegram.
web-decided-request_changes = Alterações solicitadas ({ $count }): { $ids }. Quem as enviou recebe um aviso no Telegram.
web-decided-reject = Rejeitadas ({ $count }): { $ids }. Quem as enviou recebe um aviso no Telegram.
web-already-decided = A ficha #{ $id } já foi decidida por { $who } ({ $decision }): nada foi aplicado duas vezes.
web-page-of = Página { $page } de { $pages }
web-queue-empty = Nada está à espera de revisão com estes filtros.
web-catalogue-list = Lista e pesquisa
web-catalogue-by-area = Por área
web-catalogue-by-country = Por país
web-search-words = Palavras, em qualquer idioma
web-results = Resultados mostrados: { $count }
web-why = Por quê
web-score = Pontuação
web-history = Histórico
web-matches = { -g-match-cap(count: 2) }
web-correct = Corrigir a ficha
web-correct-save = Salvar a correção (quem enviou a ficha recebe um aviso)
web-corrected = A ficha #{ $id } foi corrigida; quem a enviou recebe um aviso sobre os campos alterados.
web-withdraw = Retirar do catálogo
web-withdrawn = A ficha #{ $id } foi retirada; quem a enviou recebe o motivo.
web-connection-requested = Solicitado
web-connection-accepted = Aceito
web-connection-declined = Recusado
web-connection-reported = Denunciado
web-name = Nome
web-organisation = Organização
web-verified = Verificado
web-verify = Verificar
web-unverify = Retirar a verificação
web-roles = Funções
web-grant = Conceder a função
web-revoke = Retirar a função
web-invite = Criar um link de convite
web-invitation = Link de convite (válido por 48 horas, uma única vez):
web-progress = Participação dos Estados membros
web-progress-summary = Estados membros com pessoas inscritas: { $taking } de 35; destes, sem fichas enviadas: { $silent }.
web-progress-none = sem inscrições
web-progress-silent = nada enviado
web-progress-ok = com fichas enviadas
web-entries = Fichas
web-entry = Ficha
web-requester = Solicitado por
web-state = { -g-status-cap }
web-date = Data
web-time = Horário
web-chart-area = Ofertas e necessidades aprovadas por área prioritária
web-chart-country = Ofertas e necessidades aprovadas por país (os 15 primeiros)
web-chart-actors = Participantes por tipo de ator
web-chart-status = Fichas por status
web-chart-time = Ofertas e necessidades apresentadas ao longo do tempo
web-agenda-times = Horários de { $city } ({ $zone })
web-agenda-preview = A nova agenda: o que muda
web-agenda-added = Sessões adicionadas
web-agenda-moved = Sessões com novo horário
web-agenda-removed = Sessões canceladas
web-agenda-edited = Sessões editadas
web-agenda-told = Avisos a quem segue as sessões alteradas ou canceladas: { $count }.
web-agenda-upload = Enviar uma nova agenda
web-agenda-file = Arquivo da agenda (YAML, no máximo { $max } KB)
web-agenda-check = Verificar e mostrar as mudanças
web-agenda-nothing-staged = Nenhuma agenda enviada aguarda confirmação.
web-tbc = a confirmar
web-broadcast-new = Nova difusão
web-broadcast-languages = Escreva em um ou mais idiomas: cada pessoa recebe a versão no seu idioma; quem tiver outro idioma recebe a versão no idioma desta página (ou a primeira escrita).
web-audience = Quem recebe
web-audience-value = Escolha quem exatamente (qual função, tipo, idioma, país ou sessão).
web-broadcast-at = Data e hora de envio (horário de { $zone }; deixe vazio para enviar agora)
web-broadcast-how-many = Quantas pessoas vão recebê-la?
web-broadcast-count = Destinatários: { $count }.
web-broadcast-send = Enviar
web-broadcast-no-text = Escreva a mensagem em pelo menos um idioma.
web-broadcast-started = A difusão #{ $id } está a caminho (destinatários: { $count }); o andamento aparece na lista abaixo.
web-broadcast-scheduled = A difusão #{ $id } está programada (destinatários: { $count }); ela aparece na lista abaixo.
web-broadcast-list = Difusões
web-bstatus-scheduled = programada
web-bstatus-sending = em envio
web-bstatus-done = concluída
web-bstatus-cancelled = cancelada
web-sent = Enviados
web-blocked = Bloqueados
web-failed = Falhas
web-left = Restantes
web-cancelled = Não enviados (cancelamento)
web-export-all-countries = Todos os países
web-export-every-status = Todos os status (Secretaria)
web-export-note = Os mesmos arquivos que o comando /export do bot: dados de contato só quando a pessoa aceitou; células gravadas como texto, nunca como fórmulas.
web-document-preparing = Preparando o documento ({ $seconds } s). Esta página se atualiza sozinha; é possível continuar trabalhando em outra aba.
web-document-ready = O documento está pronto (preparado em { $seconds } s).
web-document-download = Baixar
web-document-failed = Não foi possível preparar o documento. Tente novamente; se falhar outra vez, avise a equipe técnica.

## Partnerships (issue 20)
cmd-partnerships = Minhas parcerias
partnerships-title = <b>As suas parcerias</b> (o botão ➡️ passa uma parceria à etapa seguinte)
partnerships-empty = Ainda não há parcerias. Quando um pedido de contato for aceito (enviado ou recebido), a parceria aparecerá aqui e poderá ser acompanhada das primeiras conversas até a conclusão.
partnership-line =
    #{ $id } “{ $title }” — com { $other }
    Etapa: <b>{ $stage }</b>
partnership-third = Terceiro ator: { $name } ({ $role })
partnership-next = ➡️ #{ $id }: { $stage }
partnership-drop = ✖️ #{ $id }: abandonar
partnership-ask-reason = Por que abandonar a parceria #{ $id }? Escolha um motivo.
partnership-moved = Agora: { $stage }
partnership-not-yours = Somente as duas partes (ou a Secretaria) podem alterar a parceria #{ $id }.
partnership-drop-kept = A parceria #{ $id } não foi abandonada: nada mudou.
partnerships-no-checkins = ℹ️ Os acompanhamentos terminaram em { $date }: nenhum outro será enviado sobre as suas parcerias. Ainda é possível atualizá-las aqui a qualquer momento.
partnership-step-start = • { $when }: pedido de contato aceito
partnership-step-move = • { $when }: { $who } — { $stage }
partnership-step-drop = • { $when }: { $who } — { $stage } ({ $reason })
partnership-step-note = • { $when }: { $who } — “{ $note }”
partnership-step-words = “{ $note }”
partnership-steps-earlier = • … { $count ->
        [one] uma atualização anterior
       *[other] { $count } atualizações anteriores
    }
notify-partnership-moved = 🤝 A parceria #{ $id } “{ $title }” está agora na etapa <b>{ $stage }</b> (atualizada { $by ->
        [secretariat] pela Secretaria da OEA
        [forgotten] por uma pessoa não identificada
        *[other] por { $who }
    }).
notify-partnership-dropped = ✖️ A parceria #{ $id } “{ $title }” foi abandonada { $by ->
        [secretariat] pela Secretaria da OEA
        [forgotten] por uma pessoa não identificada
        *[other] por { $who }
    }: { $reason }.
notify-partnership-noted = ✏️ Nota { $by ->
        [secretariat] da Secretaria da OEA
        [forgotten] de uma pessoa não identificada
        *[other] de { $who }
    } sobre a parceria #{ $id } “{ $title }”: “{ $note }”
notify-partnership-third = ➕ A parceria #{ $id } “{ $title }” agora indica um terceiro ator: { $name } ({ $role }), incluído { $by ->
        [secretariat] pela Secretaria da OEA
        [forgotten] por uma pessoa não identificada
        *[other] por { $who }
    }.
stage-talking = Em conversas
stage-agreed = Acordada
stage-implementing = Em execução
stage-completed = Concluída
stage-dropped = Abandonada
drop-no_funding = Sem financiamento
drop-priorities_changed = Mudança de prioridades
drop-no_response = Sem resposta
drop-other_partner = Outra contraparte
drop-other = Outro motivo

## The published catalogue (issue 20)
publish-title = Catálogo de ofertas e necessidades de cooperação
publish-edition = Edição de { $date }
publish-places = países e organizações
publish-contents = Sumário
publish-written-in = Redigida em { $language }
publish-contact = Contato
publish-through-secretariat = Por meio da Secretaria da OEA
publish-open = Abrir no bot (“Tenho interesse”)
publish-scan = Escaneie para abrir no Telegram
doc-oas = Organização dos Estados Americanos
doc-page = Página
doc-field = { $name }:
count-offers = { $count ->
    [0] ofertas
    [one] oferta
   *[other] ofertas
}
count-needs = { $count ->
    [0] necessidades
    [one] necessidade
   *[other] necessidades
}
count-places = { $count ->
    [0] países e organizações
    [one] país ou organização
   *[other] países e organizações
}
not-given-owner_country = País não informado
not-given-actor_kind = Tipo de ator não informado
cmd-publish = O catálogo publicado (HTML e PDF)
publish-caption = 📘 O catálogo publicado, edição de { $date }: ofertas: { $offers }; necessidades: { $needs }.
publish-preparing = ⏳ Preparando o catálogo publicado (ofertas: { $offers }; necessidades: { $needs }) em HTML e PDF. Leva alguns segundos…
publish-gone = Esta ficha já não está no catálogo.
web-publish-by = Agrupado
web-no-bot-username = Os links do catálogo publicado precisam do nome de usuário do bot: defina BOT_USERNAME.

## The report to the CIDI and unmet needs (issue 20)
report-title = Relatório ao CIDI: ofertas, necessidades e parcerias de cooperação
report-generated = Gerado em { $at } UTC
report-since = desde { $since }
report-summary = Resumo
report-delegates = pessoas inscritas
report-member-states = Estados membros participantes
report-matches = correspondências propostas
report-contacts = pedidos de contato
report-unmet = Necessidades não atendidas
report-by_area = Por área prioritária
report-by_country = Por país
report-by_actor_kind = Por tipo de ator
report-by_modality = Por modalidade
report-by_cooperation_type = Por tipo de cooperação
report-partnerships = Parcerias por etapa
report-stage = Etapa
report-count = Parcerias
report-days = Média de dias na etapa
report-chart-area = Ofertas e necessidades aprovadas por área prioritária
report-chart-stages = Parcerias por etapa
report-narrative =
    Desde a reunião realizada em { $month }, { $delegates ->
        [0] { $delegates } pessoas se inscreveram
        [one] { $delegates } pessoa se inscreveu
       *[other] { $delegates } pessoas se inscreveram
    }, com representação de { $states ->
        [0] { $states } Estados membros
        [one] { $states } Estado membro
       *[other] { $states } Estados membros
    }. O catálogo reúne { $offers ->
        [0] { $offers } ofertas
        [one] { $offers } oferta
       *[other] { $offers } ofertas
    } e { $needs ->
        [0] { $needs } necessidades
        [one] { $needs } necessidade
       *[other] { $needs } necessidades
    } de cooperação de { $places ->
        [0] { $places } países e organizações
        [one] { $places } país ou organização
       *[other] { $places } países e organizações
    }. O bot propôs { $matches ->
        [0] { $matches } correspondências
        [one] { $matches } correspondência
       *[other] { $matches } correspondências
    }; os pedidos de contato ({ $contacts }) deram origem a { $partnerships ->
        [0] { $partnerships } parcerias
        [one] { $partnerships } parceria
       *[other] { $partnerships } parcerias
    } (concluídas: { $completed }). { $unmet ->
        [0] Todas as necessidades aprovadas há mais de 30 dias têm ao menos uma oferta correspondente.
        [one] { $unmet } necessidade aprovada há mais de 30 dias ainda não tem nenhuma oferta correspondente.
       *[other] { $unmet } necessidades aprovadas há mais de 30 dias ainda não têm nenhuma oferta correspondente.
    }
report-cover = Relatório ao Conselho Interamericano de Desenvolvimento Integral (CIDI)
report-total = Total
cmd-unmet = Necessidades ainda sem oferta
unmet-title = <b>Necessidades não atendidas</b> ({ $count }): aprovadas há mais de 30 dias e sem nenhuma oferta aprovada correspondente
unmet-none = Todas as necessidades aprovadas há mais de 30 dias têm pelo menos uma oferta correspondente.
unmet-line = #{ $id } “{ $title }” — { $who }

## Follow-up check-ins (issue 20)
cmd-followup = Acompanhamento das minhas parcerias: ativar ou desativar
followup-ask = 🤝 Como vai a parceria #{ $id } “{ $title }”? Etapa atual: <b>{ $stage }</b>. Responda tocando em um botão.
followup-reminder = 🔔 Lembrete: como vai a parceria #{ $id } “{ $title }”? Etapa atual: <b>{ $stage }</b>. Sem resposta, a Secretaria fará contato por outro meio.
followup-silent = 📭 { $name } não respondeu às perguntas de acompanhamento da parceria #{ $id } nem ao lembrete: nada mais será enviado. Entre em contato por outro meio.
followup-same = Continua: { $stage }
followup-next = Agora: { $stage }
followup-thanks = Agradecemos. Etapa registrada para a parceria #{ $id }: { $stage }.
followup-thanks-overtaken = Agradecemos. Nesse intervalo, a parceria #{ $id } mudou de etapa; etapa atual: { $stage }.
followup-on = Acompanhamento ativado: perguntaremos como vão as suas parcerias.
followup-off = Acompanhamento desativado: nada mais será perguntado. /followup on o reativa.
followup-usage-on = O acompanhamento está ativado. /followup off o desativa.
followup-usage-off = O acompanhamento está desativado. /followup on o ativa.
partnership-note = ✏️ #{ $id }: uma nota
partnership-third-button = ➕ #{ $id }: terceiro ator
partnership-ask-note = Como vai? Algumas palavras para o histórico (até { $max } caracteres).
partnership-noted = ✅ Anotado no histórico da parceria #{ $id }.
partnership-ask-third = O nome do terceiro ator (uma organização ou um país; até { $max } caracteres)?
partnership-ask-role = Qual é o seu papel nesta cooperação triangular?
partnership-third-saved = ✅ A parceria #{ $id } já indica o seu terceiro ator.
web-partnership-move = Mudar
web-third-party = Terceiro ator
web-save = Salvar
web-partnership-not-possible = A parceria #{ $id } não pode passar a essa etapa (abandonar exige um motivo; uma parceria concluída permanece concluída).
time-local = { $time } (seu horário local)
action-corrected = corrigida pela Secretaria
action-withdrawn_by_secretariat = retirada pela Secretaria

## Language review 2: new texts (issue 32)
web-withdraw-reason = Motivo da retirada (será comunicado a quem enviou a ficha)
web-partnership = Parceria (etapa)
entry-field-financing-short = Financiamento
entry-field-cooperation_type-short = Tipo de cooperação
field-consent-short = Contato
why-separator = { "; " }
report-column-by_area = Área prioritária
report-column-by_country = País
report-column-by_actor_kind = Tipo de ator
report-column-by_modality = Modalidade
report-column-by_cooperation_type = Tipo de cooperação

## Names and counts in running text (issue 32, i32a)
language-name-en = inglês
language-name-es = espanhol
language-name-fr = francês
language-name-pt = português
meeting-two-days = { $first } e { $last }
meeting-days-range = de { $first } a { $last }
entry-groups-chosen = Grupos escolhidos: <b>{ $list }</b>
count-delegates = { $count ->
    [one] pessoa inscrita
   *[other] pessoas inscritas
}
count-member-states = { $count ->
    [one] Estado membro participante
   *[other] Estados membros participantes
}
count-matches = { $count ->
    [one] correspondência proposta
   *[other] correspondências propostas
}
count-contacts = { $count ->
    [one] pedido de contato
   *[other] pedidos de contato
}
time-in-city = { $time } (horário de { $city })
contact-telegram = Telegram: @{ $username }

## Bilateral meetings (issue 33)
cmd-meetings = Minhas reuniões com contrapartes
cmd-availability = Quando aceito reuniões
meeting-propose = 📅 Propor uma reunião
meeting-propose-id = 📅 #{ $id }: propor uma reunião
meeting-choose = 📅 Uma reunião por vídeo com { $who }. Estes horários servem às duas jornadas de trabalho; aparecem no seu fuso horário ({ $zone }):
meeting-no-slot = 📅 Nenhum horário dos próximos 14 dias cabe na sua jornada de trabalho e na de { $who }. Proponha um horário próprio com “Outro horário”.
meeting-type-other = ✏️ Outro horário
meeting-length-switch = ⏱ 30 ou 60 minutos
meeting-ask-time = Escreva o dia e a hora no seu fuso horário ({ $zone }), por exemplo { $example }.
meeting-bad-time = Não consegui ler esse horário. Escreva assim, por favor: { $example }.
meeting-sent = ✅ Proposta enviada a { $who }: { $when }. A resposta será comunicada.
meeting-proposed = 📅 { $who } propõe uma reunião por vídeo de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } sobre “{ $title }”:
    <b>{ $when }</b>
meeting-countered = 📅 { $who } propõe outro horário para a reunião sobre “{ $title }”:
    <b>{ $when }</b>
meeting-accept = ✅ Aceitar
meeting-other-time = 🕑 Outro horário
meeting-decline = ✖️ Recusar
meeting-decline-ask = Deseja acrescentar algumas palavras para { $who }?
meeting-decline-now = Recusar sem mensagem
meeting-decline-words = Escrever uma mensagem
meeting-ask-words = Escreva a mensagem (até { $max } caracteres).
meeting-declined-ok = A reunião foi recusada, e { $who } recebeu o aviso.
meeting-declined = { $who } recusou a reunião de { $when } sobre “{ $title }”.
meeting-withdrawn = { $who } retirou a reunião proposta para { $when } sobre “{ $title }”.
meeting-words = A mensagem: “{ $message }”
meeting-confirmed = ✅ Reunião confirmada com { $who } sobre “{ $title }”:
    <b>{ $when }</b>
    Link do vídeo: { $link }
    O convite anexo a inclui na sua agenda.
meeting-moved = 🔁 { $who } mudou o horário da reunião sobre “{ $title }”:
    <b>{ $when }</b>
    Link do vídeo: { $link }
    O convite anexo atualiza a sua agenda.
meeting-moved-by-you = 🔁 A reunião com { $who } passa a ser:
    <b>{ $when }</b>
    Link do vídeo: { $link }
    O convite anexo atualiza a sua agenda.
meeting-cancelled = ❌ { $who } cancelou a reunião de { $when } sobre “{ $title }”. O arquivo anexo a retira da sua agenda.
meeting-cancelled-by-you = ❌ A reunião de { $when } com { $who } foi cancelada. O arquivo anexo a retira da sua agenda.
meeting-reminder = ⏰ A reunião com { $who } sobre “{ $title }” começa em 15 minutos:
    <b>{ $when }</b>
    Link do vídeo: { $link }
meeting-link-set = 🔗 { $who } escolheu o link do vídeo da reunião de { $when }: { $link }
meeting-ics-summary = Reunião com { $who }: { $title }
meeting-ics-description = Reunião combinada pelo Bot de Cooperação da CIDI. Link do vídeo: { $link }
meeting-accepted-ok = Reunião confirmada
meeting-busy-you = Já há uma reunião sua nesse horário. Escolha outro, por favor.
meeting-busy-other = { $who } já tem uma reunião nesse horário. Proponha outro, por favor.
meeting-not-yours = Esta reunião não é sua.
meeting-not-possible = Esta reunião já foi respondida, ou o horário já passou.
meeting-past = Esse horário já passou. Escolha um mais tarde, por favor.
meeting-cancelled-ok = A reunião foi cancelada, e { $who } recebeu o aviso.
meeting-moved-ok = ✅ A reunião passa a ser em { $when }, e { $who } recebeu o aviso.
meeting-held-thanks = Obrigado, anotado.
meeting-move = 🔁 #{ $id }: mudar horário
meeting-cancel = ✖️ #{ $id }: cancelar
meeting-held-yes = ✅ #{ $id }: aconteceu
meeting-held-no = ✖️ #{ $id }: não aconteceu
meetings-title = <b>As suas reuniões</b>
meetings-empty = Ainda não há reuniões. Proponha uma em /partnerships ou a partir de uma correspondência em /matches.
meetings-line-booked = ✅ #{ $id } <b>{ $when }</b> com { $who } — “{ $title }”
    { $link }
meetings-line-yours = ⏳ #{ $id } { $when } com { $who } — “{ $title }”: aguarda a sua resposta.
meetings-line-theirs = ⏳ #{ $id } { $when } com { $who } — “{ $title }”: aguardando a resposta da outra parte.
meetings-ask-held = ❓ #{ $id } { $when } com { $who }: a reunião aconteceu?
availability-summary = 🗓 Aceita reuniões: <b>{ $days }, { $start }–{ $end }</b> no seu fuso horário ({ $zone }). Os horários propostos, nos dois sentidos, ficam dentro dessa faixa.
availability-days-mf = De segunda a sexta
availability-days-ms = De segunda a sábado
availability-days-all = Todos os dias
availability-saved = Salvo
partnership-step-meeting = • { $when }: reunião por vídeo realizada
stats-meetings = Reuniões por vídeo propostas: { $proposed } · aceitas: { $accepted } · realizadas: { $held }
report-meetings-proposed = { $count ->
    [one] reunião por vídeo proposta
   *[other] reuniões por vídeo propostas
}
report-meetings-accepted = { $count ->
    [one] reunião por vídeo aceita
   *[other] reuniões por vídeo aceitas
}
report-meetings-held = { $count ->
    [one] reunião por vídeo realizada
   *[other] reuniões por vídeo realizadas
}
web-nav-meetings = Reuniões
web-meeting-delegate = Participante (id do Telegram)
web-meeting-partnership = Parceria
web-meeting-when = Quando (UTC)
web-meeting-parties = Entre
web-meeting-proposed = Proposta
web-meeting-accepted = Confirmada
web-meeting-declined = Recusada
web-meeting-cancelled = Cancelada
web-meeting-held = Realizada
web-meeting-missed = Não aconteceu
web-meetings-of = Reuniões por vídeo sobre esta ficha — propostas: { $proposed } · aceitas: { $accepted } · realizadas: { $held }
meeting-link-button = 🔗 #{ $id }: usar o meu próprio link de vídeo
meeting-ask-link = Cole o link de vídeo a ser usado no lugar (https://…, até { $max } caracteres).
meeting-bad-link = Cole um link completo que comece por https://, sem espaços, por favor.
meeting-link-saved = ✅ A reunião passa a usar este link: { $link }. A outra parte foi avisada.

## console lists, confirmations and navigation (issue 31)
web-list-total = Resultados: { $total } · exibindo { $first }–{ $last }
web-list-csv = Baixar em CSV
web-pages = Páginas
web-list-empty = Ainda não há nada aqui.
web-list-empty-filtered = Nada corresponde a estes filtros ou palavras.
web-list-clear = Mostrar tudo
web-status = Situação
web-status-catalogue = No catálogo
web-country-means = País significa
web-country-either = do titular ou abrangido
web-country-owner = país do titular
web-country-covered = um país abrangido
web-owner-country = País do titular
web-covered = Países abrangidos
web-id = Número
web-search-ranked = Ordenado pela pertinência de cada ficha para estas palavras (como o /search do chat).
web-method-not-allowed = Este endereço não aceita esse tipo de pedido. Use o menu para continuar.
web-decision-choose = Escolha uma decisão…
web-decision-needed = Escolha uma decisão: aprovar, pedir alterações ou recusar.
web-decided-untold = { $count ->
    [one] { $count } titular destas fichas não pode receber mensagens no chat (bloqueou o bot ou saiu): não recebe o aviso.
   *[other] { $count } titulares destas fichas não podem receber mensagens no chat (bloquearam o bot ou saíram): não recebem o aviso.
}
web-confirm-title = Confirme, por favor
web-confirm-approve = Aprovar { $count ->
        [one] { $count } ficha; quem a enviou recebe o aviso no próprio idioma.
       *[other] { $count } fichas; quem as enviou recebe o aviso no próprio idioma.
    }
web-confirm-request_changes = Pedir alterações em { $count ->
        [one] { $count } ficha; quem a enviou recebe o aviso no próprio idioma, com o motivo.
       *[other] { $count } fichas; quem as enviou recebe o aviso no próprio idioma, com o motivo.
    }
web-confirm-reject = Rejeitar { $count ->
        [one] { $count } ficha; quem a enviou recebe o aviso no próprio idioma, com o motivo.
       *[other] { $count } fichas; quem as enviou recebe o aviso no próprio idioma, com o motivo.
    }
web-confirm-reason = Motivo:
web-confirm-go = Sim, decidir sobre { $count ->
        [one] { $count } ficha
       *[other] { $count } fichas
    }
web-confirm-cancel = Cancelar
web-confirm-yes = Sim, confirmar
web-confirm-verify = Confirmar a verificação de { $name } (a afiliação foi conferida)?
web-confirm-unverify = Retirar a verificação de { $name }?
web-confirm-grant = Dar a { $name } a função “{ $role }”? A pessoa poderá abrir as páginas do console dessa função.
web-confirm-revoke = Retirar a função “{ $role }” de { $name }?
web-verify-done = Verificação registrada para { $name }.
web-unverify-done = Verificação de { $name } retirada.
web-grant-done = { $name } agora tem a função “{ $role }”.
web-revoke-done = { $name } não tem mais a função “{ $role }”.
web-invitation-made = Link de convite (válido por 48 horas, uso único): { $link }
web-next-in-queue = Próxima da fila
web-duplicate-title = Mesmo título que
web-duplicate-owner = Mesmo titular, título parecido:
web-submitted = Enviada
web-delegate-search = Nome, organização ou país
web-reachable = Contatável no chat
web-reachable-yes = Contatável
web-reachable-no = Bloqueou o bot
web-grant-by-number = Dar uma função a alguém pelo número do Telegram
web-telegram-id = Número do Telegram
web-staff-name = Nome a exibir (se não se registrou no chat)
web-skip = Ir para o conteúdo
web-signed-in-as = Sessão de { $name } ({ $roles })
web-menu = Menu
audience-criteria = Critérios combinados (país, idioma, tipo de ator)
web-broadcast-format = Redação
web-broadcast-format-markdown = Formatação simples
web-broadcast-format-html = HTML do Telegram
web-broadcast-markdown-help = Formatação simples: **negrito**, _itálico_, `código`, [texto](https://link). O resto é enviado como foi digitado.
web-criteria-help = Participantes que atendem a todos os critérios escolhidos; dentro de um critério, qualquer um dos valores (segure Ctrl ou ⌘ para escolher vários países). Um critério vazio não restringe.
web-broadcast-preview = Pré-visualizar e contar
web-broadcast-times-in = Horários em { $zone }.
web-broadcast-when-scheduled = Envio em { $local } ({ $zone }), ou seja, { $utc }.
web-broadcast-when-now = Envio agora: { $local } ({ $zone }), ou seja, { $utc }.
web-broadcast-send-count = Enviar a { $count ->
        [one] { $count } participante
       *[other] { $count } participantes
    }
web-broadcast-edit = Alterar
web-owner-unreachable = Quem enviou a ficha não pode receber mensagens no chat (bloqueou o bot ou saiu): não recebe o aviso.

## hardening (issue 30)
web-signin-limited = Muitas tentativas de acesso a partir deste dispositivo. Aguarde alguns minutos e envie /web ao bot para receber um novo link.
web-busy = Há várias páginas carregando ao mesmo tempo. Aguarde até que terminem e tente novamente.
