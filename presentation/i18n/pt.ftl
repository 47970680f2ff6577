## Português. Os textos são enviados com parse_mode=HTML: apenas etiquetas do Telegram; o bot escapa os valores.

## Início e menu
start-welcome =
    👋 Boas-vindas ao <b>Bot de Cooperação do CIDI</b> da Terceira Reunião Especializada do CIDI de Altas Autoridades de Cooperação (virtual, 2 e 3 de dezembro de 2021).
    
    Aqui você pode se registrar, incluir suas ofertas e necessidades de cooperação no catálogo da reunião, encontrar contrapartes e acompanhar a agenda.
    
    Mude o idioma com os botões abaixo a qualquer momento, ou com /language.
start-welcome-back = 👋 Olá de novo, { $name }!
start-resume = Vamos continuar de onde você parou.
reg-intro = Vamos fazer a sua inscrição: algumas perguntas curtas. /cancel interrompe a qualquer momento; “Voltar” regressa à etapa anterior.
menu-registered =
    O que você pode fazer agora:
    /offer — incluir uma oferta de cooperação no catálogo
    /need — incluir uma necessidade de cooperação no catálogo
    /mine — suas ofertas e necessidades
    /profile — ver e editar seu perfil
    /help — todos os comandos

## Controles do diálogo
dialog-back = ⬅️ Voltar
dialog-cancel = ✖️ Cancelar
dialog-next = Próximo ➡️
dialog-previous = ⬅️ Anterior
dialog-cancelled = Cancelado. Nada foi salvo. Envie /start para começar de novo.
dialog-none-open = Não há nada para cancelar.
dialog-stale-button = Este botão já não está ativo. Use a mensagem mais recente.
dialog-expect-button = Escolha um dos botões abaixo, por favor.
dialog-expect-text = Digite sua resposta como mensagem de texto, por favor.
dialog-current = Valor atual: <i>{ $value }</i>
dialog-not-text = Aqui só consigo ler texto. Digite sua resposta (não leio stickers, fotos, mensagens de voz nem arquivos).

## Erros
error-empty = A resposta está vazia. Digite algo, por favor.
error-too-long = Tem { $length } caracteres; o limite é { $max }. Encurte o texto, por favor.
error-too-short = É curto demais: pelo menos { $min } caracteres, por favor.
error-no-letters = Use letras, não apenas números, símbolos ou emoji.
error-generic = Lamentamos: ocorreu um erro do nosso lado. Tente novamente dentro de instantes.
error-slow-down = Você está enviando mensagens mais rápido do que consigo lê-las. Aguarde alguns segundos, por favor: o que enviar nesse meio-tempo será ignorado.
error-unknown-command = Não conheço esse comando. /help lista os comandos que você pode usar.
error-group-chat = Olá! Funciono apenas em conversas privadas: escreva-me diretamente, por favor.
error-not-understood = Não entendi. /help mostra o que posso fazer.
error-not-registered = A sua inscrição ainda não foi feita. Envie /start para se inscrever (leva dois minutos).
error-not-allowed = Esta ação é reservada aos organizadores ou à secretaria da reunião.
error-not-allowed-secretariat = Esta ação é reservada à secretaria da reunião.

## Registro
reg-ask-name = Qual é o seu nome completo? (até { $max } caracteres)
reg-ask-kind = Quem você representa?
reg-ask-organisation = Qual é o nome da sua organização? (até { $max } caracteres)
reg-ask-country-member = Qual Estado membro da OEA você representa? Escolha abaixo ou digite o nome.
reg-ask-country-observer = Qual observador permanente você representa (um Estado ou a União Europeia)? Escolha abaixo ou digite o nome.
reg-ask-country-organisation = Em que país fica a sede da sua organização? Digite o nome.
reg-ask-position = Qual é o seu cargo ou título? (até { $max } caracteres)
reg-ask-timezone =
    Qual fuso horário os lembretes devem usar? Propomos <b>{ $proposed }</b> ({ $zone }).
    Escolha abaixo, ou digite uma cidade ou um fuso como “America/Lima”.
reg-ask-consent = Podemos compartilhar seus dados de contato com as contrapartes com quem houver uma conexão?
reg-country-pick = Vários países correspondem a “{ $query }”. Qual deles você quer dizer?
reg-country-not-found = Não encontrei nenhum país chamado “{ $query }”. Verifique a grafia ou escolha na lista.
reg-timezone-not-found = Não conheço o fuso horário “{ $query }”. Digite uma cidade (por exemplo “Bogotá”) ou um fuso como “America/Bogota”.
reg-timezone-pick = Não sei ao certo a qual fuso horário corresponde “{ $query }”. Você quis dizer um destes?
reg-done = ✅ Agradecemos, { $name }: a sua inscrição está concluída.

## Tipos de ator
actor-member_state = Estado membro da OEA
actor-observer_state = Observador permanente junto à OEA
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
consent-secretariat = Somente por meio da secretaria

## Idiomas
language-en = Inglês
language-es = Espanhol
language-fr = Francês
language-pt = Português
language-ask = Escolha seu idioma:
language-set = Pronto: passarei a escrever em português.

## Perfil
profile-title = <b>Seu perfil</b>
profile-line = { $field }: <b>{ $value }</b>
profile-zone-now = { $zone } — hora atual: { $time }
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
    /offer — apresentar uma oferta de cooperação
    /need — apresentar uma necessidade de cooperação
    /mine — suas ofertas e necessidades e seu status; editá-las ou retirá-las
    /search — buscar no catálogo
    /country NOME — as ofertas e necessidades de um país, por área
    /matches — as contrapartes encontradas para suas entradas
    /partnerships — as suas parcerias, etapa por etapa
    /followup off — sem mais acompanhamentos das suas parcerias (/followup on: de novo)
    /agenda — a agenda da reunião no seu fuso horário
    /now, /next — a sessão em curso e a próxima
    /calendar — a agenda como arquivo de calendário
    /reminders — quando e para quê você recebe lembretes
    /profile — ver e editar seu perfil
    /language — mudar o idioma
    /cancel — sair do diálogo em curso
    /forget_me — apagar seus dados pessoais
    /help — esta lista
help-contact = Para contatar a Secretaria: { $contact }
help-secretariat =
    <b>Secretaria</b>
    /review — revisar as ofertas e necessidades apresentadas, da mais antiga à mais recente
    /export — o catálogo em arquivos Excel, CSV e JSON (/export all: todos os status)
    /publish — o catálogo publicado, em HTML e PDF
    /connections — todos os pedidos de contato: as parcerias da reunião
    /invite — um link de uso único que dá o papel de organizador ou de secretaria
    /roles — quem tem qual papel; retirá-lo
    /verify USER_ID — marcar a afiliação de um delegado como verificada
    /unverify USER_ID — retirar essa marca
help-organiser =
    <b>Organizadores</b>
    /broadcast — enviar uma mensagem a todos ou a alguns delegados, agora ou mais tarde
    /broadcasts — difusões programadas e em curso; cancelar uma
    /stats — os números da reunião, com um gráfico
    /unmet — necessidades que nenhuma oferta aprovada atende, 30 dias após a aprovação
    /web — o console web (um link de acesso de uso único)
    Envie um arquivo de agenda (YAML) para substituir a agenda.

## Esquecer-me
forget-confirm = Apagar seus dados pessoais (nome, organização, cargo, fuso horário, consentimento de contato)? As entradas do catálogo já aprovadas permanecem no catálogo, como de um delegado anônimo.
forget-yes = Sim, apagar
forget-no = Não, manter
forget-done = Seus dados pessoais foram apagados. As entradas aprovadas do catálogo permanecem, anonimizadas. Envie /start se quiser se registrar de novo.
forget-kept = Nada foi apagado.
forget-nothing = Não guardo nenhum dado pessoal seu.

## Verificação (secretaria)
verify-usage = Uso: /verify USER_ID (o identificador do Telegram do delegado).
verify-done = ✔️ O perfil de { $name } ({ $user }) agora está verificado.
unverify-done = O perfil de { $name } ({ $user }) não está mais marcado como verificado.
verify-unknown = Nenhum delegado registrado tem o identificador { $user }.

## Menu de comandos
cmd-start = Boas-vindas e registro
cmd-profile = Ver e editar o meu perfil
cmd-language = Mudar o idioma
cmd-help = Todos os comandos
cmd-cancel = Sair do diálogo em curso
cmd-forget_me = Apagar meus dados pessoais
cmd-verify = Marcar um delegado como verificado
cmd-unverify = Retirar uma verificação

## Ofertas e necessidades: o diálogo
entry-intro-offer = Uma nova <b>oferta</b> de cooperação: algumas perguntas e depois um resumo que você pode corrigir antes de enviar. /cancel interrompe.
entry-intro-need = Uma nova <b>necessidade</b> de cooperação: algumas perguntas e depois um resumo que você pode corrigir antes de enviar. /cancel interrompe.
entry-ask-title = O título, em poucas palavras (até { $max } caracteres)?
entry-ask-description = Descreva: o quê, para quem, com quais resultados (até { $max } caracteres).
entry-ask-area = Qual área prioritária?
entry-ask-cooperation_type = Qual tipo de cooperação?
entry-ask-modality = Qual modalidade?
entry-ask-role = Nesta cooperação triangular, o seu papel é… (primeiro ofertante: transfere a sua experiência; segundo ofertante: apoia com financiamento ou meios técnicos; receptor: recebe a cooperação)
entry-ask-countries = Quais países ela abrange? Toque em cada país (toque de novo para retirá-lo) ou digite um nome, depois “Pronto”. Ou escolha uma sub-região ou todas as Américas.
entry-countries-chosen = Escolhidos: <b>{ $list }</b>
entry-review-note = ✏️ <b>A secretaria pediu:</b> { $note }
entry-countries-several = Vários países correspondem a “{ $query }”: toque na lista aquele que procura.
entry-countries-done = ✔️ Pronto
entry-all-americas = 🌎 Todas as Américas
entry-ask-time_frame = Em que prazo?
entry-ask-financing = Esta oferta inclui financiamento?
entry-ask-contact = Um contato para esta entrada, e-mail ou telefone (opcional, até { $max } caracteres)? Ou toque em “Pular”.
entry-skip = Pular
answer-yes = Sim
answer-no = Não
entry-summary-offer = <b>Sua oferta, antes de enviá-la</b>
entry-summary-need = <b>Sua necessidade, antes de enviá-la</b>
entry-summary-hint = Toque em um campo para corrigi-lo, ou em Enviar.
entry-submit = 📨 Enviar
entry-similar = ⚠️ Você já tem uma entrada muito parecida: #{ $id } “{ $title }” (/open_{ $id }).
entry-limit = Você já tem { $max } entradas aguardando revisão. Aguarde as decisões da secretaria antes de incluir mais.
entry-saved-offer = ✅ Salva: sua oferta é a #{ $id }. A secretaria vai revisá-la e você receberá a decisão aqui. /mine mostra o status.
entry-saved-need = ✅ Salva: sua necessidade é a #{ $id }. A secretaria vai revisá-la e você receberá a decisão aqui. /mine mostra o status.
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
entry-field-since = Entrada no catálogo
entry-card-title = <b>{ $heading }: { $title }</b>
entry-card-status = Status: <b>{ $status }</b>
entry-card-description = { $text }
entry-anonymous = um delegado anônimo
error-meaningless = Escreva com palavras de verdade (não apenas emoji, números, um mesmo caractere repetido ou teclas ao acaso).
error-few-words = Descreva em uma ou duas frases: pelo menos { $min } palavras diferentes (uma mesma palavra repetida diz muito pouco a um possível parceiro).
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
status-pending = Aguardando revisão
status-approved = Aprovada
status-changes_requested = Alterações solicitadas
status-rejected = Não aceita
status-withdrawn = Retirada

## Minhas entradas
menu-offer = ➕ Oferta
menu-need = ➕ Necessidade
menu-mine = 📋 Minhas entradas
mine-title = <b>Suas ofertas e necessidades</b> (toque em um número para abrir)
mine-line = #{ $id } { $kind }: { $title } — <i>{ $status }</i>
mine-empty = Você ainda não tem ofertas nem necessidades.
entry-edit = ✏️ Editar
entry-withdraw = 🗑 Retirar
entry-withdraw-confirm = Retirar a ficha #{ $id } do catálogo? Deixará de ser exibida e de gerar correspondências.
entry-withdraw-yes = Sim, retirar
entry-withdraw-no = Não, manter
entry-withdrawn = A #{ $id } foi retirada.
entry-withdraw-kept = A #{ $id } continua como está.
entry-published-note = A versão aprovada continua no catálogo até a secretaria aprovar esta alteração.
entry-not-found = Nenhuma das suas entradas tem esse número.
draft-discard-confirm = Descartar este rascunho? O que você digitou será perdido.
draft-discard-yes = Sim, descartar
draft-discard-no = Não, continuar
draft-discarded = O rascunho foi descartado.

## Revisão (secretaria)
review-open = 🔎 Revisar
review-empty = Não há nada à espera de revisão. 🎉
review-header = <b>Revisão</b> — à espera: { $left }
review-changed = ✏️ Alterado desde a última revisão: { $fields }
review-submitter = Enviada por { $name } — { $affiliation }
review-is-edit = É uma alteração de uma entrada aprovada; a versão aprovada continua visível até a sua decisão.
review-approve = ✅ Aprovar
review-changes = ✏️ Pedir alterações
review-reject = ⛔ Rejeitar
review-skip = ⏭ Pular
review-history = 🕓 Histórico
review-next = ➡️ Próxima
review-ask-changes = O que deve ser alterado na #{ $id }? Sua mensagem será enviada a quem a apresentou.
review-ask-reject = Por que rejeitar a ficha #{ $id }? Escolha um motivo ou escreva o seu.
reason-out_of_scope = Fora das áreas prioritárias da reunião
reason-duplicate = Duplica outra entrada
reason-not_specific = Não é concreta o bastante para agir
reason-incomplete = Faltam informações
review-already-decided = Outra pessoa já decidiu sobre a ficha #{ $id }, ou a ficha foi alterada nesse intervalo: nada foi sobrescrito.
review-done-approve = ✅ A #{ $id } está aprovada e no catálogo.
review-done-request_changes = ✏️ Alterações solicitadas para a #{ $id }.
review-done-reject = ⛔ A #{ $id } foi rejeitada.
review-history-title = <b>Histórico da #{ $id }</b>
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
notify-waiting = 📥 Aguardando revisão: { $new ->
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
import-too-many-rows = O arquivo tem mais de { $max } linhas: divida-o ou verifique se é o arquivo certo.
import-unknown-column = Coluna desconhecida “{ $column }”. As colunas são: { $known }.
import-missing-column = Falta a coluna obrigatória “{ $column }”.
import-duplicate-id = O identificador “{ $value }” já é usado pela linha { $other }.

## Menu de comandos (catálogo)
cmd-offer = Apresentar uma oferta de cooperação
cmd-need = Apresentar uma necessidade de cooperação
cmd-mine = Minhas ofertas e necessidades
cmd-review = Revisar as entradas apresentadas
cmd-export = Exportar o catálogo

## Busca e correspondências
search-ask = O que você procura? Digite algumas palavras em qualquer idioma (por exemplo “telemedicina áreas rurais”).
search-too-short = Digite pelo menos duas letras ou números para buscar.
search-empty = Nada no catálogo corresponde ainda a “{ $query }”. Tente outras palavras, menos palavras, outro idioma, ou retire um filtro.
search-header = <b>Resultados para “{ $query }”</b> ({ $count })
search-result = <b>{ $n }. { $title }</b> — { $kind }, { $area } · { $confidence }
    { $who }
    <i>{ $why }</i>
search-corrected = Você digitou “{ $typed }”: mostrando os resultados para “{ $query }”.
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
match-new = 🤝 Uma nova ficha ({ $other_kind }) corresponde à sua ficha “{ $own_title }”: <b>{ $other_title }</b> — { $who } (pontuação { $score }).
    <i>{ $why }</i>
match-dismiss = 🚫 Não é pertinente
match-dismissed = Esta correspondência não será mais mostrada a você.
matches-title = <b>As suas correspondências</b>, por ordem de relevância
matches-line = #{ $own } ↔ #{ $other } { $kind }: <b>{ $title }</b> ({ $score })
    <i>{ $why }</i>
matches-empty = Ainda não há correspondências. Elas aparecerão aqui, com um aviso, assim que for aprovada uma ficha que combine com uma das suas.
connect-interested = 🤝 Tenho interesse
connect-ask = Uma mensagem curta para quem publicou “{ $title }” (até { $max } caracteres)? Ou toque em “Pular”.
connect-register-first = Antes do pedido de contato, conclua a sua inscrição (as perguntas a seguir levam dois minutos): logo depois, esta ficha será mostrada novamente.
connect-refused-own = Esta é uma das suas próprias entradas.
connect-refused-already = Já pediu para entrar em contato sobre esta ficha.
connect-refused-gone = Esta entrada não está mais no catálogo.
connect-sent = 📨 Seu pedido sobre “{ $title }” foi enviado. A resposta chegará aqui.
connect-request = 🤝 { $who } tem interesse na sua entrada “{ $title }”.
    Mensagem: { $message }
connect-accept = ✅ Aceitar
connect-decline = ✖️ Recusar
connect-to-secretariat = 🤝 { $who } tem interesse na ficha #{ $id } “{ $title }”, à qual ninguém pode responder no bot. Mensagem: { $message }
connect-name = { $name }
connect-declined = Seu pedido sobre “{ $title }” foi recusado.
connect-you-accepted = ✅ Pedido aceito: as duas partes já têm os dados de contato uma da outra (ou a Secretaria fará a intermediação).
connect-you-declined = Recusado. A outra parte é informada com cortesia.
connect-accepted = ✅ Vocês estão em contato sobre “{ $title }”. Aqui estão os dados de contato:
connect-accepted-secretariat = ✅ Vocês estão em contato sobre “{ $title }”. Os dados passam pela secretaria, que vai colocá-los em contato.
connect-secretariat-link = 🤝 Uma conexão sobre “{ $title }” pede à secretaria que coloque as duas partes em contato:
connect-undelivered = ⚠️ Não foi possível entregar uma mensagem sobre a conexão “{ $title }”: uma das partes bloqueou o bot. Entre em contato por outro meio:
connect-refused-cap = Você já enviou { $max } pedidos hoje, o máximo por dia. Tente novamente amanhã, por favor.
connect-refused-cap-contact = Você já enviou { $max } pedidos hoje, o máximo por dia. Tente novamente amanhã, por favor; para contatar a Secretaria enquanto isso: { $contact }
connect-refused-blocked = Quem publicou esta entrada não aceita pedidos seus.
connect-refused-barred = A Secretaria suspendeu seus pedidos de contato. Se achar que é um engano, escreva para a Secretaria.
connect-block = 🚫 Bloquear
connect-report = ⚠️ Denunciar
connect-you-blocked = Bloqueado: esta pessoa não poderá mais lhe enviar pedidos. Ela é informada de que o pedido foi recusado.
connect-you-reported = Denunciado: a secretaria vai ler o pedido. Esta pessoa não poderá mais lhe enviar pedidos.
connect-reported = ⚠️ Quem publicou a #{ $id } “{ $title }” denunciou e bloqueou um pedido de contato de { $who } (id do Telegram { $user }). Mensagem: { $message }
person-profile = 👤 Perfil de quem pediu
person-bar = 🚫 Impedir pedidos de contato
person-unbar = ↩️ Voltar a permitir pedidos de contato
person-barred = 🚫 Sem pedidos de contato desde { $since }.
person-barred-done = Feito: esta pessoa não pode mais enviar pedidos de contato.
person-unbarred-done = Feito: esta pessoa pode voltar a enviar pedidos de contato.
person-record =
    <b>Id do Telegram:</b> { $user }{ $username }
    <b>Pedidos de contato enviados:</b> { $sent } (aceitos: { $accepted })
    <b>Bloqueios por autores de fichas:</b> { $blocked } (com denúncia: { $reported })
connections-title = <b>Conexões</b> (as mais recentes primeiro)
connections-line = #{ $id } “{ $title }”: { $requester } → { $owner } — { $status }
connections-empty = Ainda não há pedidos de contato.
connection-requested = solicitada
connection-accepted = aceita
connection-declined = recusada
connection-reported = denunciada
connections-catalogue = a Secretaria (ficha do catálogo)
cmd-search = Buscar no catálogo
cmd-country = Ofertas e necessidades de um país
country-usage = Qual país? Por exemplo: /country Brasil (em qualquer um dos quatro idiomas, ou o código: BR).
country-title = 🌎 <b>{ $country }</b>: fichas do catálogo deste país ou que o abrangem: { $count }
country-line = #{ $id } { $kind }: { $title }
country-line-covering = #{ $id } { $kind }: { $title } · { $source }
country-empty = Ainda não há ofertas nem necessidades aprovadas de { $country } ou para esse país.
cmd-matches = Minhas correspondências
cmd-connections = Todas as conexões

## Agenda e lembretes
agenda-header = 🗓 <b>{ $title }</b>
agenda-tbc = <i>Horários a confirmar pela secretaria.</i>
agenda-over = <i>Esta reunião foi realizada de { $first } a { $last }. A agenda é mantida como referência.</i>
agenda-zone-line = Horários de { $city } ({ $zone })
agenda-day-heading = <b>{ $day }</b> (seu horário)
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
reminder-soon = ⏰ Em { $minutes } min ({ $start }, seu horário): <b>{ $title }</b>
reminder-started = ▶️ <b>{ $title }</b> começou.
digest-header = ☀️ <b>Hoje, { $day }</b> (seu horário)
digest-footer = /reminders para mudar seus lembretes.
notice-moved = 🔁 <b>{ $title }</b> mudou de horário: de { $old } para <b>{ $new }</b> (seu horário).
notice-cancelled = ❌ Sessão cancelada: <b>{ $title }</b> (prevista para { $old }, no seu fuso horário).
notice-changes = 🗓 <b>Mudanças na agenda</b> das sessões que você acompanha ({ $count }), no seu horário:
notice-change-moved = 🔁 <b>{ $title }</b>: de { $old } para <b>{ $new }</b>
notice-change-cancelled = ❌ <b>{ $title }</b>: cancelada (prevista para { $old })
notice-changes-more = … e mais { $count }: /agenda mostra a agenda como ficou.
reminders-default = ⏰ Você receberá um lembrete { $lead } minutos antes de cada sessão e um resumo em cada manhã da reunião. /reminders para mudar.
reminders-summary = <b>Seus lembretes</b>: { $status }
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
    Quem acompanha sessões movidas ou removidas será avisado uma vez.
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
audience-all = Todos
audience-kind = Por tipo de ator
audience-language = Por idioma
audience-country = Por país
audience-session = Inscritos de uma sessão
audience-verified = Somente delegados verificados
broadcast-ask-audience-value = Qual?
broadcast-ask-when = Enviar agora ou em um horário definido?
broadcast-now = Agora
broadcast-later = Agendar
broadcast-ask-time = Quando? Digite a data e a hora no seu fuso horário ({ $zone }), por exemplo 2021-12-02 09:45 (AAAA-MM-DD HH:MM).
broadcast-time-format = Não consegui ler esse horário. Digite assim: 2021-12-02 09:45.
broadcast-time-past = Esse horário já passou. Escolha um horário futuro.
broadcast-time-far = Isso é daqui a mais de 30 dias. Escolha uma data mais próxima.
broadcast-preview-head = <b>Prévia</b> — para: { $audience }; destinatários: { $count }; idiomas: { $languages }; quando: { $when }
broadcast-confirm = 📣 Confirmar e enviar
broadcast-edit-text = ✏️ Mudar a mensagem
broadcast-edit-audience = 👥 Mudar o público
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
stats-delegates = Pessoas inscritas: { $registered } · alcançáveis: { $active } · verificadas: { $verified }
stats-by-kind = Por tipo: { $list }
stats-by-language = Por idioma: { $list }
stats-by-country = Principais países: { $list }
stats-entries = Ofertas: { $offers } · necessidades: { $needs } ({ $statuses })
stats-catalogue = No catálogo — ofertas: { $offers } · necessidades: { $needs }
stats-area = • { $area } — ofertas aprovadas: { $offers } · necessidades: { $needs }
stats-matches = Correspondências propostas: { $matches } · pedidos de contato: { $connections } (aceitos: { $accepted })
stats-deliveries = Lembretes e resumos entregues: { $reminders } · mensagens de difusão: { $broadcasts }
stats-failed = Mensagens não entregues após { $attempts } tentativas: { $count } (sem contar as conversas bloqueadas)
stats-chart-caption = Ofertas e necessidades aprovadas por área prioritária.

## Papéis e convites
role-organiser = Organizador
role-secretariat = Secretaria
invite-ask = Qual papel o convite deve dar?
invite-link = Link de uso único para o papel “{ $role }”, válido por { $hours } horas, para a primeira pessoa que o abrir:
    { $link }
invite-ok = ✅ Passou a ter a função “{ $role }”. /help mostra os novos comandos.
invite-used = Este convite já foi usado.
invite-expired = Este convite expirou. Peça um novo à secretaria.
invite-unknown = Este link de convite não é válido.
invite-used-by = 🔑 O seu link de uso único para o papel “{ $role }” foi usado por { $who } (id do Telegram { $user }), que agora tem esse papel. /roles o retira se chegou à pessoa errada.
roles-title = <b>Papéis</b>
roles-line = { $name } ({ $user }): { $role }
roles-revoke = Retirar { $role } de { $name }
roles-revoked = O papel foi retirado.
cmd-broadcast = Enviar uma difusão
cmd-broadcasts = Difusões programadas
cmd-stats = Os números da reunião
cmd-invite = Convidar um organizador ou membro da secretaria
cmd-roles = Papéis

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
search-new = 🔎 Nova busca
search-filter-choose = <b>{ $filter }</b> — resultados para “{ $query }”. Cada opção indica quantos resultados deixa.
search-any = Qualquer
agenda-point = 📌 Item { $point } da pauta
stats-item = { $name }: { $count }
cmd-web = Abrir o console web
web-link = 🖥 Seu link para o console web (válido por { $minutes } minutos, uma única vez; não o compartilhe): { $link }
notify-corrected = ✏️ A Secretaria corrigiu a sua ficha ({ $kind }) #{ $id } “{ $title }”: { $fields }.
notify-withdrawn = A Secretaria retirou do catálogo a sua ficha ({ $kind }) #{ $id } “{ $title }”: { $reason }
audience-role = Organizadores ou a secretaria

## The web console (issue 19)
web-title = Console CIDI
web-nav-label = Páginas do console
web-nav-overview = Visão geral
web-nav-review = Revisão
web-nav-catalogue = Catálogo
web-nav-delegates = Delegados e delegadas
web-nav-connections = Contatos
web-nav-figures = Números
web-nav-agenda = Pauta
web-nav-broadcasts = Difusões
web-nav-exports = Exportações
web-signout = Sair
web-signin-title = Entrar no console
web-signin-how = Envie /web ao bot no Telegram: ele responde com um link de uso único que abre o console.
web-signin-confirm = Entrar como <b>{ $name }</b>?
web-signin-button = Entrar
web-link-unknown = Este link não é válido. Envie /web ao bot para receber um novo.
web-link-used = Este link já foi usado. Envie /web ao bot para receber um novo.
web-link-expired = Este link expirou (os links valem 10 minutos). Envie /web ao bot para receber um novo.
web-link-not_allowed = O console é para a secretaria e a equipe organizadora.
web-refused-title = Não é possível
web-forbidden = Esta página é para a secretaria ou a equipe organizadora; sua conta não tem (ou não tem mais) essa função.
web-csrf = O formulário expirou ou não veio deste console: nada foi alterado. Recarregue a página e tente de novo.
web-error = Algo deu errado do nosso lado; nada foi alterado. Tente de novo.
web-not-found = Esta página ou entrada não existe.
web-bad-input = O formulário não foi preenchido como esperado; nada foi alterado.
web-bad-time = O horário não é válido; nada foi enviado.
web-not-yourself = Você não pode retirar sua própria função aqui; peça a outra pessoa da secretaria.
web-done = Feito.
web-card-pending = aguardando revisão
web-card-offers = ofertas aprovadas
web-card-needs = necessidades aprovadas
web-card-delegates = delegados e delegadas registrados
web-card-states = dos 35 Estados membros participam
web-card-connections = pedidos de contato
web-card-broadcasts = difusões agendadas ou em andamento
web-filter-kind = Oferta ou necessidade
web-filter-area = Área
web-filter-country = País
web-filter-actor = Tipo de ator
web-filter-language = Idioma
web-filter-waiting = Aguardando há pelo menos
web-waiting-hours = { $hours } h
web-filter-apply = Filtrar
web-pick-all = Selecionar tudo
web-owner = Enviada por
web-waiting = Aguardando
web-decide-picked = Decidir sobre as entradas selecionadas
web-decision = Decisão
web-decision-approve = Aprovar
web-decision-request_changes = Pedir alterações
web-decision-reject = Recusar
web-reason-preset = Motivo
web-reason-text = Ou com suas palavras
web-reason-needed = Indique um motivo (escolha um ou escreva): quem enviou vai lê-lo.
web-decide = Decidir
web-nothing-picked = Nenhuma entrada foi selecionada.
web-decided-approve = Aprovadas ({ $count }): { $ids }. Quem as enviou é avisado no chat.
web-decided-request_changes = Alterações pedidas ({ $count }): { $ids }. Quem as enviou é avisado no chat.
web-decided-reject = Recusadas ({ $count }): { $ids }. Quem as enviou é avisado no chat.
web-already-decided = #{ $id } já foi decidida por { $who } ({ $decision }): nada foi aplicado duas vezes.
web-page-of = Página { $page } de { $pages }
web-queue-empty = Nada aguarda revisão com estes filtros.
web-catalogue-list = Lista e busca
web-catalogue-by-area = Por área
web-catalogue-by-country = Por país
web-search-words = Palavras, em qualquer idioma
web-results = mostradas: { $count }
web-why = Por quê
web-score = Pontuação
web-history = Histórico
web-matches = Correspondências
web-correct = Corrigir a entrada
web-correct-save = Salvar a correção (quem enviou é avisado)
web-corrected = #{ $id } está corrigida; quem a enviou é avisado dos campos alterados.
web-withdraw = Retirar do catálogo
web-withdrawn = #{ $id } foi retirada; quem a enviou recebe o motivo.
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
web-progress = Inscrição dos Estados membros
web-progress-summary = { $taking } dos 35 Estados membros têm delegados registrados; { $silent } deles ainda não enviaram nada.
web-progress-none = sem delegados
web-progress-silent = nada enviado
web-progress-ok = com envios
web-entries = Entradas
web-entry = Entrada
web-requester = Solicitado por
web-state = Situação
web-date = Data
web-time = Horário
web-chart-area = Ofertas e necessidades aprovadas por área prioritária
web-chart-country = Ofertas e necessidades aprovadas por país (os 15 com mais)
web-chart-actors = Delegados e delegadas por tipo de ator
web-chart-status = Entradas por situação
web-chart-time = Ofertas e necessidades enviadas ao longo do tempo
web-agenda-times = Horários de { $city } ({ $zone })
web-agenda-preview = A nova pauta: o que muda
web-agenda-added = Sessões adicionadas
web-agenda-moved = Sessões com novo horário
web-agenda-removed = Sessões canceladas
web-agenda-edited = Sessões editadas
web-agenda-told = Avisos a quem segue as sessões alteradas ou canceladas: { $count }.
web-agenda-upload = Enviar uma nova pauta
web-agenda-file = Arquivo da pauta (YAML, no máximo { $max } KB)
web-agenda-check = Verificar e mostrar as mudanças
web-agenda-nothing-staged = Nenhuma pauta enviada aguarda confirmação.
web-tbc = a confirmar
web-broadcast-new = Nova difusão
web-broadcast-languages = Escreva em um ou mais idiomas: cada pessoa a recebe em seu idioma ou no mais próximo disponível.
web-audience = Quem recebe
web-audience-value = Escolha quem exatamente (qual função, tipo, idioma, país ou sessão).
web-broadcast-at = Enviar às (horário de { $zone }; vazio: agora)
web-broadcast-how-many = Quantas pessoas vão recebê-la?
web-broadcast-count = Destinatários: { $count }.
web-broadcast-send = Enviar
web-broadcast-no-text = Escreva a mensagem em pelo menos um idioma.
web-broadcast-started = A difusão nº { $id } está a caminho (destinatários: { $count }); o andamento aparece na lista abaixo.
web-broadcast-scheduled = A difusão nº { $id } está agendada (destinatários: { $count }); ela aparece na lista abaixo.
web-broadcast-list = Difusões
web-bstatus-scheduled = agendada
web-bstatus-sending = em envio
web-bstatus-done = concluída
web-bstatus-cancelled = cancelada
web-sent = Enviados
web-blocked = Bloqueados
web-failed = Falhas
web-left = Restantes
web-cancelled = Não enviados (cancelamento)
web-export-all-countries = Todos os países
web-export-every-status = Todas as situações (para a secretaria)
web-export-note = Os mesmos arquivos que /export no chat e cidi-bot catalogue export: dados de contato só quando a pessoa aceitou; células escritas como texto, nunca como fórmulas.
web-document-preparing = Preparando o documento ({ $seconds } s). Esta página se atualiza sozinha; é possível continuar trabalhando em outra aba.
web-document-ready = O documento está pronto (preparado em { $seconds } s).
web-document-download = Baixar
web-document-failed = Não foi possível preparar o documento. Tente novamente; se falhar outra vez, avise a equipe técnica.

## Partnerships (issue 20)
cmd-partnerships = As minhas parcerias
partnerships-title = <b>As suas parcerias</b> (um toque avança uma etapa)
partnerships-empty = Ainda não há parcerias. Quando alguém aceitar o seu “Tenho interesse” (ou se aceitar o de outra pessoa), ela aparecerá aqui e poderá ser acompanhada das conversas até a conclusão.
partnership-line =
    #{ $id } “{ $title }” — com { $other }
    Etapa: <b>{ $stage }</b>
partnership-third = Terceira parte: { $name } ({ $role })
partnership-next = ➡️ #{ $id }: { $stage }
partnership-drop = ✖️ #{ $id }: abandonar
partnership-ask-reason = Por que a parceria #{ $id } foi abandonada?
partnership-moved = Agora: { $stage }
partnership-not-yours = Somente as duas partes (ou a Secretaria) podem alterar a parceria #{ $id }.
partnership-drop-kept = A parceria #{ $id } não foi abandonada: nada mudou.
partnerships-no-checkins = ℹ️ Os acompanhamentos terminaram em { $date }: nenhum outro será enviado sobre as suas parcerias. Você ainda pode atualizá-las aqui a qualquer momento.
partnership-step-start = • { $when }: conexão aceita
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
        [forgotten] por um delegado anônimo
        *[other] por { $who }
    }).
notify-partnership-dropped = ✖️ A parceria #{ $id } “{ $title }” foi abandonada { $by ->
        [secretariat] pela Secretaria da OEA
        [forgotten] por um delegado anônimo
        *[other] por { $who }
    }: { $reason }.
notify-partnership-noted = ✏️ Nota { $by ->
        [secretariat] da Secretaria da OEA
        [forgotten] de um delegado anônimo
        *[other] de { $who }
    } sobre a parceria #{ $id } “{ $title }”: “{ $note }”
notify-partnership-third = ➕ A parceria #{ $id } “{ $title }” agora indica uma terceira parte: { $name } ({ $role }), incluída { $by ->
        [secretariat] pela Secretaria da OEA
        [forgotten] por um delegado anônimo
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
drop-other_partner = Outro parceiro
drop-other = Outro motivo

## The published catalogue (issue 20)
publish-title = Catálogo de ofertas e necessidades de cooperação
publish-edition = Edição de { $date }
publish-places = países e organizações
publish-contents = Sumário
publish-written-in = Redigida em { $language }
publish-contact = Como contatar quem a enviou
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
report-name = Nome
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
unmet-title = <b>Necessidades não atendidas</b>: aprovadas há mais de 30 dias, nenhuma oferta aprovada corresponde ({ $count })
unmet-none = Nenhuma necessidade não atendida: cada necessidade aprovada há mais de 30 dias tem pelo menos uma oferta correspondente.
unmet-line = #{ $id } “{ $title }” — { $who }

## Follow-up check-ins (issue 20)
cmd-followup = Acompanhamento das minhas parcerias: ativar ou desativar
followup-ask = 🤝 Como vai a parceria #{ $id } “{ $title }”? Etapa atual: <b>{ $stage }</b>. Responda com um toque.
followup-reminder = 🔔 Lembrete: como vai a parceria #{ $id } “{ $title }”? Etapa atual: <b>{ $stage }</b>. Sem resposta, a Secretaria fará contato por outro meio.
followup-silent = 📭 { $name } não respondeu aos acompanhamentos da parceria #{ $id } nem ao lembrete: nada mais será enviado. Entre em contato por outro meio.
followup-same = Continua: { $stage }
followup-next = Agora: { $stage }
followup-thanks = Agradecemos: a parceria #{ $id } está em “{ $stage }”.
followup-thanks-overtaken = Agradecemos. Nesse meio-tempo, a parceria #{ $id } mudou de etapa: agora está em “{ $stage }”.
followup-on = Acompanhamento ativado: perguntaremos como vão as suas parcerias.
followup-off = Acompanhamento desativado: nada mais será perguntado. /followup on o reativa.
followup-usage-on = O acompanhamento está ativado. /followup off o desativa.
followup-usage-off = O acompanhamento está desativado. /followup on o ativa.
partnership-note = ✏️ #{ $id }: uma nota
partnership-third-button = ➕ #{ $id }: terceira parte
partnership-ask-note = Como vai? Algumas palavras para o histórico (até { $max } caracteres).
partnership-noted = ✅ Anotado no histórico da parceria #{ $id }.
partnership-ask-third = O nome da terceira parte (uma organização ou um país; até { $max } caracteres)?
partnership-ask-role = Qual é o seu papel nesta cooperação triangular?
partnership-third-saved = ✅ A parceria #{ $id } já indica a sua terceira parte.
web-partnership-move = Mudar
web-third-party = Terceira parte
web-save = Salvar
web-partnership-not-possible = A parceria #{ $id } não pode passar a essa etapa (abandonar exige um motivo; uma parceria concluída permanece concluída).
time-local = { $time } (seu horário local)
action-corrected = corrigida pela Secretaria
action-withdrawn_by_secretariat = retirada pela Secretaria

## hardening (issue 30)
web-signin-limited = Tentativas de entrada demais a partir daqui. Aguarde alguns minutos e envie /web ao bot para receber um novo link.
web-busy = Há várias páginas carregando ao mesmo tempo. Aguarde até que terminem e tente novamente.
