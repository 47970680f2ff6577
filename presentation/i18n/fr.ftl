## Français. Les textes sont envoyés avec parse_mode=HTML : seulement les balises de Telegram ; le bot échappe les valeurs.

### Register and inclusive language (issue 32; tests/core/test_language_structure.py checks it)
### - Vouvoiement partout (« vous », « votre »), ton courtois et sobre.
### - Langage inclusif par formulations neutres : « personne », « équipe d’organisation », « la personne qui a soumis la fiche ».
###   Jamais de doublet (« auteur ou autrice ») ni de point médian, de barre oblique ou de parenthèse (« /e », « (e)s »).
### - Typographie : apostrophe ’ (jamais '), espace insécable avant : et espace fine insécable avant ; ! ? », après «.
### - Un nombre passe par un sélecteur de pluriel ou suit une étiquette (« Offres : 3 »).
### - Un nom de pays ou de langue inséré dans une phrase se place en position d’étiquette (« Brésil : … ») ; langues en minuscules (« portugais »).

## Accueil et menu
start-welcome =
    👋 Bienvenue sur le <b>Bot de coopération du CIDI</b> de la { $meeting } (réunion virtuelle, { $dates }).
    
    Ici, vous pouvez vous inscrire, ajouter vos offres et vos besoins de coopération au catalogue de la réunion, trouver des partenaires et suivre l’ordre du jour.
    
    Changez de langue à tout moment avec les boutons ci-dessous, ou avec /language.
start-welcome-back = 👋 Bienvenue à nouveau, { $name } !
start-resume = Reprenons là où nous en étions.
reg-intro = Procédons à votre inscription : quelques questions brèves. /cancel pour arrêter à tout moment ; « Retour » pour revenir à l’étape précédente.
menu-registered =
    Ce que vous pouvez faire maintenant :
    /offer — ajouter une offre de coopération au catalogue
    /need — ajouter un besoin de coopération au catalogue
    /mine — vos offres et vos besoins
    /profile — voir et modifier votre profil
    /help — toutes les commandes

## Commandes du dialogue
dialog-back = ⬅️ Retour
dialog-cancel = ✖️ Annuler
dialog-next = Suivant ➡️
dialog-previous = ⬅️ Précédent
dialog-cancelled = Annulé. Rien n’a été enregistré. Envoyez /start pour recommencer.
dialog-none-open = Il n’y a rien à annuler.
dialog-stale-button = Ce bouton n’est plus actif. Utilisez le message le plus récent.
dialog-expect-button = Veuillez choisir l’un des boutons ci-dessous.
dialog-expect-text = Veuillez écrire votre réponse dans un message texte.
dialog-current = Valeur actuelle : <i>{ $value }</i>
dialog-not-text = Ici, je ne lis que du texte. Écrivez votre réponse (je ne lis ni les stickers, ni les photos, ni les messages vocaux, ni les fichiers).

## Erreurs
error-empty = La réponse est vide. Veuillez écrire quelque chose.
error-too-long = Votre texte compte { $length } caractères, pour { $max } au maximum. Veuillez le raccourcir.
error-too-short = C’est trop court : au moins { $min } caractères, s’il vous plaît.
error-no-letters = Veuillez utiliser des lettres, pas seulement des chiffres, des symboles ou des émojis.
error-generic = Toutes nos excuses : une erreur s’est produite de notre côté. Veuillez réessayer dans un instant.
error-slow-down = Vous envoyez des messages plus vite que je ne peux les lire. Veuillez patienter quelques secondes : ce que vous enverrez entre-temps sera ignoré.
error-unknown-command = Je ne connais pas cette commande. /help donne la liste des commandes disponibles.
error-group-chat = Bonjour ! Je ne fonctionne qu’en conversation privée : écrivez-moi directement, s’il vous plaît.
error-not-understood = Je n’ai pas compris. /help indique ce que je sais faire.
error-not-registered = Votre inscription n’est pas encore faite. Envoyez /start pour vous inscrire (cela prend deux minutes).
error-not-allowed = Cette action est réservée à l’équipe d’organisation et au Secrétariat de la réunion.
error-not-allowed-secretariat = Cette action est réservée au Secrétariat de la réunion.

## Inscription
reg-ask-name = Quel est votre nom complet ? (jusqu’à { $max } caractères)
reg-ask-kind = Qui représentez-vous ?
reg-ask-organisation = Quel est le nom de votre organisation ? (jusqu’à { $max } caractères)
reg-ask-country-member = Quel État membre de l’OEA représentez-vous ? Choisissez ci-dessous ou écrivez son nom.
reg-ask-country-observer = Quel observateur permanent représentez-vous (un État ou l’Union européenne) ? Choisissez ci-dessous ou écrivez son nom.
reg-ask-country-organisation = Dans quel pays votre organisation a-t-elle son siège ? Écrivez son nom.
reg-ask-position = Quel est votre poste ou votre fonction ? (jusqu’à { $max } caractères)
reg-ask-timezone =
    Quel fuseau horaire utiliser pour les rappels ? Nous proposons <b>{ $proposed }</b> ({ $zone }).
    Choisissez ci-dessous, ou écrivez une ville ou un fuseau comme « America/Lima ».
reg-ask-consent = Pouvons-nous communiquer vos coordonnées aux partenaires avec qui nous vous mettrons en relation ?
reg-country-pick = Plusieurs pays correspondent à « { $query } ». Lequel choisir ?
reg-country-not-found = Je ne trouve aucun pays nommé « { $query } ». Vérifiez l’orthographe ou choisissez dans la liste.
reg-timezone-not-found = Je ne connais pas le fuseau horaire « { $query } ». Écrivez une ville (par exemple « Bogota ») ou un fuseau comme « America/Bogota ».
reg-timezone-pick = Je ne sais pas avec certitude quel fuseau horaire désigne « { $query } ». Vouliez-vous dire l’un de ceux-ci ?
reg-done = ✅ Merci, { $name } : votre inscription est terminée.

## Types d'acteurs (termes de l'ordre du jour)
actor-member_state = État membre de l’OEA
actor-observer_state = Observateur permanent auprès de l’OEA
actor-private_sector = Secteur privé
actor-foundation = Fondation
actor-academia = Milieux universitaires
actor-multilateral = Organisation multilatérale
actor-ngo = Autre acteur non gouvernemental
actor-oas_secretariat = Secrétariat général de l’OEA

## Domaines prioritaires (termes de l'ordre du jour)
area-digital = Économie de la connaissance, virtuelle et numérique
area-msme = Reprise économique des MPME
area-education = Éducation à l’ère numérique
area-work = Avenir du travail et récupération des emplois
area-climate = Action climatique et renforcement de la résilience
area-health = Systèmes de santé
area-cross_cutting = Transversal : eau, égalité femmes-hommes, migrations, gouvernance…

## Consentement
consent-direct = Oui, communiquer mes coordonnées
consent-secretariat = Uniquement via le Secrétariat

## Langues
language-en = Anglais
language-es = Espagnol
language-fr = Français
language-pt = Portugais
language-ask = Choisissez votre langue :
language-set = C’est fait : je vous écrirai en français.

## Profil
profile-title = <b>Votre profil</b>
profile-line = { $field } : <b>{ $value }</b>
profile-zone-now = { $zone } — heure actuelle : { $time }
profile-none = —
profile-verified-yes = ✔️ Affiliation vérifiée par le Secrétariat
profile-verified-no = Affiliation pas encore vérifiée par le Secrétariat
profile-edit-hint = Appuyez sur un bouton pour modifier une information.
profile-edit-button = ✏️ { $field }
profile-updated = ✅ Votre profil est à jour.
field-full_name = Nom
field-actor_kind = Représente
field-organisation = Organisation
field-country = Pays
field-position = Poste
field-timezone = Fuseau horaire
field-consent = Partage des coordonnées
field-language = Langue

## Aide
help-delegate =
    <b>Commandes</b>
    /start — accueil et inscription
    /offer — soumettre une offre de coopération
    /need — soumettre un besoin de coopération
    /mine — vos offres et vos besoins, leur statut ; les modifier ou les retirer
    /search — chercher dans le catalogue
    /country NOM — les offres et besoins d’un pays, par domaine
    /matches — les partenaires trouvés pour vos fiches
    /partnerships — vos partenariats, étape par étape
    /meetings — vos réunions en visio avec vos homologues : celles à venir, et si les passées ont eu lieu
    /availability — les jours et heures où vous acceptez des réunions
    /followup off — ne plus recevoir de points de suivi sur vos partenariats (/followup on pour les réactiver)
    /agenda — l’ordre du jour dans votre fuseau horaire
    /now, /next — la séance en cours et la suivante
    /calendar — l’ordre du jour en fichier de calendrier
    /reminders — vos rappels : délai et séances concernées
    /profile — voir et modifier votre profil
    /language — changer de langue
    /cancel — quitter le dialogue en cours
    /forget_me — supprimer vos données personnelles
    /help — cette liste
help-contact = Pour joindre le Secrétariat : { $contact }
help-secretariat =
    <b>Secrétariat</b>
    /review — examiner les offres et les besoins soumis, du plus ancien au plus récent
    /export — le catalogue en fichiers Excel, CSV et JSON (/export all : tous les statuts)
    /publish — le catalogue publié, en HTML et PDF
    /connections — toutes les demandes de mise en relation : les partenariats de la réunion
    /invite — un lien à usage unique qui donne le rôle « Équipe d’organisation » ou « Secrétariat »
    /roles — qui a quel rôle ; le retirer
    /verify USER_ID — vérifier l’affiliation d’une personne
    /unverify USER_ID — retirer cette vérification
help-organiser =
    <b>Équipe d’organisation</b>
    /broadcast — envoyer un message à toutes les personnes inscrites ou à une partie d’entre elles, maintenant ou plus tard
    /broadcasts — diffusions programmées et en cours ; en annuler une
    /stats — les chiffres de la réunion, avec un graphique
    /unmet — les besoins qu’aucune offre approuvée ne satisfait, 30 jours après leur approbation
    /web — la console web (un lien de connexion à usage unique)
    Pour remplacer l’ordre du jour, envoyez le nouveau fichier (YAML).

## M'oublier
forget-confirm = Supprimer vos données personnelles (nom, organisation, poste, fuseau horaire, consentement au partage) ? Les fiches du catalogue déjà approuvées restent au catalogue, présentées comme venant d’une personne anonyme.
forget-yes = Oui, supprimer
forget-no = Non, les garder
forget-done = Vos données personnelles ont été supprimées. Les fiches approuvées du catalogue restent, anonymisées. Envoyez /start si vous souhaitez vous réinscrire.
forget-kept = Rien n’a été supprimé.
forget-nothing = Je ne détiens aucune donnée personnelle vous concernant.

## Vérification (Secrétariat)
verify-usage = Syntaxe : /verify USER_ID (l’identifiant Telegram de la personne).
verify-done = ✔️ L’affiliation de { $name } ({ $user }) est désormais vérifiée.
unverify-done = L’affiliation de { $name } ({ $user }) n’est plus marquée comme vérifiée.
verify-unknown = Aucune personne inscrite n’a l’identifiant { $user }.

## Menu des commandes
cmd-start = Accueil et inscription
cmd-profile = Voir et modifier mon profil
cmd-language = Changer de langue
cmd-help = Toutes les commandes
cmd-cancel = Quitter le dialogue en cours
cmd-forget_me = Supprimer mes données personnelles
cmd-verify = Vérifier une affiliation
cmd-unverify = Retirer une vérification

## Offres et besoins : le dialogue
entry-intro-offer = Une nouvelle <b>offre</b> de coopération : quelques questions, puis un récapitulatif que vous pourrez corriger avant l’envoi. /cancel pour arrêter.
entry-intro-need = Un nouveau <b>besoin</b> de coopération : quelques questions, puis un récapitulatif que vous pourrez corriger avant l’envoi. /cancel pour arrêter.
entry-ask-title = Quel titre lui donner ? Quelques mots ({ $max } caractères au maximum).
entry-ask-description = Description : quoi, pour qui, avec quels résultats attendus (jusqu’à { $max } caractères).
entry-ask-area = Quel domaine prioritaire ?
entry-ask-cooperation_type = Quel type de coopération ?
entry-ask-modality = Quelle modalité ?
entry-ask-role = Dans cette coopération triangulaire, votre rôle est… (pivot : partage une expérience éprouvée ; facilitateur : apporte un financement ou un appui technique ; bénéficiaire : reçoit la coopération)
entry-ask-countries = Quels pays sont concernés ? Appuyez sur chaque pays (à nouveau pour le retirer) ou écrivez un nom, puis « Terminé ». Ou choisissez une sous-région, ou l’ensemble des Amériques.
entry-countries-chosen = Pays choisis : <b>{ $list }</b>
entry-review-note = ✏️ <b>Le Secrétariat a demandé :</b> { $note }
entry-countries-several = Plusieurs pays correspondent à « { $query } » : touchez dans la liste celui que vous cherchez.
entry-countries-done = ✔️ Terminé
entry-all-americas = 🌎 Toutes les Amériques
entry-ask-time_frame = Sur quelle durée ?
entry-ask-financing = Cette offre s’accompagne-t-elle d’un financement ?
entry-ask-contact = Un contact pour cette fiche, courriel ou téléphone (facultatif, jusqu’à { $max } caractères) ? Ou appuyez sur « Passer ».
entry-skip = Passer
answer-yes = Oui
answer-no = Non
entry-summary-offer = <b>Votre offre, avant de la soumettre</b>
entry-summary-need = <b>Votre besoin, avant de le soumettre</b>
entry-summary-hint = Appuyez sur un champ pour le corriger, ou sur Soumettre.
entry-submit = 📨 Soumettre
entry-similar = ⚠️ Vous avez déjà une fiche très semblable : #{ $id } « { $title } » (/open_{ $id }).
entry-limit = Vous avez déjà { $max ->
        [one] { $max } fiche
       *[other] { $max } fiches
    } en attente d’examen. Attendez les décisions du Secrétariat avant d’en ajouter.
entry-saved-offer = ✅ Enregistrée : votre offre porte le numéro { $id }. Le Secrétariat l’examinera et vous recevrez la décision ici. /mine indique son statut.
entry-saved-need = ✅ Enregistré : votre besoin porte le numéro { $id }. Le Secrétariat l’examinera et vous recevrez la décision ici. /mine indique son statut.
entry-field-title = Titre
entry-field-description = Description
entry-field-area = Domaine prioritaire
entry-field-cooperation_type = Type de coopération
entry-field-modality = Modalité
entry-field-role = Rôle
entry-field-countries = Pays
entry-field-time_frame = Durée
entry-field-financing = Financement disponible
entry-field-contact = Contact
entry-field-owner = De
entry-field-since = Entrée au catalogue
entry-card-title = <b>{ $heading } : { $title }</b>
entry-card-status = Statut : <b>{ $status }</b>
entry-card-description = { $text }
entry-anonymous = une personne anonyme
error-meaningless = Écrivez-le avec de vrais mots (pas seulement des émojis, des chiffres, un même caractère répété ou des touches au hasard).
error-few-words = Décrivez-le en une phrase ou deux : au moins { $min ->
        [one] { $min } mot différent
       *[other] { $min } mots différents
    } (un même mot répété en dit trop peu à un partenaire éventuel).
error-contact = Ce n’est ni une adresse électronique (nom@exemple.org) ni un numéro de téléphone (+1 202 555 0100).
error-countries-empty = Choisissez au moins un pays, ou l’ensemble des Amériques.
error-code = « { $value } » ne fait pas partie des codes autorisés.
error-required = Ce champ est obligatoire.

## Codes
kind-offer = Offre
kind-need = Besoin
type-technical_assistance = Assistance technique
type-knowledge_exchange = Échange de connaissances
type-good_practice = Bonne pratique
type-programme = Programme
type-financing = Financement
modality-south_south = Sud-Sud
modality-triangular = Triangulaire
modality-north_south = Nord-Sud
modality-multi_stakeholder = Partenariat multipartite
role-facilitator = Partenaire facilitateur
role-pivot = Partenaire pivot
role-beneficiary = Partenaire bénéficiaire
timeframe-short = Court terme (jusqu’à 12 mois)
timeframe-medium = Moyen terme (1 à 3 ans)
status-pending = En attente d’examen
status-approved = Approuvée
status-changes_requested = Modifications demandées
status-rejected = Non retenue
status-withdrawn = Retirée

## Mes fiches
menu-offer = ➕ Offre
menu-need = ➕ Besoin
menu-mine = 📋 Mes fiches
mine-title = <b>Vos offres et vos besoins</b> (appuyez sur un numéro pour ouvrir la fiche)
mine-line = #{ $id } { $kind } : { $title } — <i>{ $status }</i>
mine-empty = Vous n’avez encore ni offre ni besoin.
entry-edit = ✏️ Modifier
entry-withdraw = 🗑 Retirer
entry-withdraw-confirm = Retirer la fiche #{ $id } du catalogue ? Elle ne sera plus affichée ni proposée.
entry-withdraw-yes = Oui, la retirer
entry-withdraw-no = Non, la garder
entry-withdrawn = La fiche #{ $id } est retirée.
entry-withdraw-kept = La fiche #{ $id } reste telle quelle.
entry-published-note = La version approuvée reste au catalogue jusqu’à ce que le Secrétariat approuve cette modification.
entry-not-found = Aucune de vos fiches ne porte ce numéro.
draft-discard-confirm = Abandonner ce brouillon ? Ce que vous avez écrit sera perdu.
draft-discard-yes = Oui, l’abandonner
draft-discard-no = Non, continuer
draft-discarded = Le brouillon est abandonné.

## Examen (Secrétariat)
review-open = 🔎 Examiner
review-empty = Aucune fiche en attente d’examen. 🎉
review-header = <b>Examen</b> — en attente : { $left }
review-changed = ✏️ Modifié depuis le dernier examen : { $fields }
review-submitter = Soumise par { $name } — { $affiliation }
review-is-edit = Il s’agit de la modification d’une fiche approuvée ; la version approuvée reste visible jusqu’à votre décision.
review-approve = ✅ Approuver
review-changes = ✏️ À revoir
review-reject = ⛔ Refuser
review-skip = ⏭ Passer
review-history = 🕓 Historique
review-next = ➡️ Suivant
review-ask-changes = Que faut-il modifier dans la fiche #{ $id } ? Votre message sera envoyé à la personne qui l’a soumise.
review-ask-reject = Pourquoi refuser la fiche #{ $id } ? Choisissez un motif ou écrivez le vôtre.
reason-out_of_scope = Hors domaines prioritaires
reason-duplicate = Doublon d’une autre fiche
reason-not_specific = Manque de précision
reason-incomplete = Informations manquantes
review-already-decided = Quelqu’un d’autre a déjà statué sur la fiche #{ $id }, ou elle a changé entre-temps : rien n’a été écrasé.
review-done-approve = ✅ La fiche #{ $id } est approuvée et publiée au catalogue.
review-done-request_changes = ✏️ Modifications demandées pour la fiche #{ $id }.
review-done-reject = ⛔ La fiche #{ $id } est refusée.
review-history-title = <b>Historique de la fiche #{ $id }</b>
review-history-line = { $when } — { $action }
action-submit = soumise
action-edit = modifiée
action-approve = approuvée
action-request_changes = modifications demandées
action-reject = refusée
action-withdraw = retirée
action-import = importée
action-import_update = mise à jour par import
notify-new-entry = 📥 Nouvelle fiche ({ $kind }) en attente d’examen : #{ $id } « { $title } ».
notify-edited-entry = 📥 Modification d’une fiche approuvée ({ $kind }) en attente d’examen : #{ $id } « { $title } ».
notify-waiting = 📥 En attente d’examen : { $new ->
        [0] { $edits ->
            [one] { $edits } modification
           *[other] { $edits } modifications
        }
        [one] { $edits ->
            [0] { $new } nouvelle fiche
            [one] { $new } nouvelle fiche et { $edits } modification
           *[other] { $new } nouvelle fiche et { $edits } modifications
        }
       *[other] { $edits ->
            [0] { $new } nouvelles fiches
            [one] { $new } nouvelles fiches et { $edits } modification
           *[other] { $new } nouvelles fiches et { $edits } modifications
        }
    }. Les plus récentes :
    { $list }
notify-approved = ✅ Votre fiche ({ $kind }) #{ $id } « { $title } » est approuvée et figure désormais au catalogue.
notify-changes = ✏️ Le Secrétariat demande des modifications à votre fiche ({ $kind }) #{ $id } « { $title } » : { $reason }
notify-rejected = Votre fiche ({ $kind }) #{ $id } « { $title } » n’a pas été retenue : { $reason }
export-empty = Le catalogue est vide.
export-caption = Fiches : { $count } ({ $format })

## Import (ligne de commande)
import-unknown-format = { $name } : utilisez un fichier .csv, .xlsx ou .jsonl.
import-empty = Le fichier ne contient aucune ligne.
import-bad-json = La ligne { $line } n’est pas un objet JSON.
import-bad-xlsx = { $name } n’est pas un fichier Excel lisible.
import-too-many-rows = Le fichier compte plus de { $max ->
        [one] { $max } ligne
       *[other] { $max } lignes
    } : scindez-le, ou vérifiez qu’il s’agit du bon fichier.
import-unknown-column = Colonne inconnue « { $column } ». Les colonnes sont : { $known }.
import-missing-column = La colonne obligatoire « { $column } » est absente.
import-duplicate-id = L’identifiant « { $value } » est déjà utilisé par la ligne { $other }.

## Menu des commandes (catalogue)
cmd-offer = Soumettre une offre de coopération
cmd-need = Soumettre un besoin de coopération
cmd-mine = Mes offres et mes besoins
cmd-review = Examiner les fiches soumises
cmd-export = Exporter le catalogue

## Recherche et correspondances
search-ask = Que cherchez-vous ? Écrivez quelques mots dans n’importe quelle langue (par exemple « télémédecine zones rurales »).
search-too-short = Écrivez au moins deux lettres ou chiffres pour chercher.
search-empty = Rien au catalogue ne correspond encore à « { $query } ». Essayez d’autres mots, moins de mots, une autre langue, ou retirez un filtre.
search-header = <b>Résultats pour « { $query } »</b> ({ $count })
search-result = <b>{ $n }. { $title }</b> — { $kind }, { $area } · { $confidence }
    { $who }
    <i>{ $why }</i>
search-corrected = Vous avez tapé « { $typed } » : voici les résultats pour « { $query } ».
confidence-strong = correspondance forte
confidence-possible = correspondance possible
confidence-weak = correspondance faible
search-all = Tout
search-offers = Offres
search-needs = Besoins
search-all-areas = Tous domaines
area-button-digital = Économie numérique et savoir
area-button-msme = Reprise des MPME
area-button-education = Éducation à l’ère numérique
area-button-work = Avenir du travail et emploi
area-button-climate = Action climatique, résilience
area-button-health = Systèmes de santé
area-button-cross_cutting = Thèmes transversaux
area-short-digital = Numérique
area-short-msme = MPME
area-short-education = Éducation
area-short-work = Travail
area-short-climate = Climat
area-short-health = Santé
area-short-cross_cutting = Transversal
why-meaning = sens proche ({ $percent } %)
why-area = même domaine : { $area }
why-shared = en commun : { $list }
why-related = thèmes voisins : { $list }
why-type = même type : { $type }
why-modality = même modalité : { $modality }
why-country = pays : { $country }
why-words = mêmes mots : { $list }
match-new = 🤝 Une nouvelle fiche ({ $other_kind }) correspond à votre fiche « { $own_title } » : <b>{ $other_title }</b> — { $who } (score { $score }).
    <i>{ $why }</i>
match-dismiss = 🚫 Sans intérêt
match-dismissed = Cette correspondance ne vous sera plus montrée.
matches-title = <b>Vos correspondances</b>, les meilleures d’abord
matches-line = #{ $own } ↔ #{ $other } { $kind } : <b>{ $title }</b> ({ $score })
    <i>{ $why }</i>
matches-empty = Pas encore de correspondance. Elles apparaîtront ici, avec un avis, dès qu’une fiche adaptée à l’une des vôtres sera approuvée.
connect-interested = 🤝 Cela m’intéresse
connect-ask = Un court message pour la personne qui a publié « { $title } » (jusqu’à { $max } caractères) ? Ou appuyez sur « Passer ».
connect-register-first = Avant la demande de mise en relation, veuillez terminer votre inscription (les questions ci-dessous prennent deux minutes) : cette fiche vous sera présentée de nouveau juste après.
connect-refused-own = C’est l’une de vos propres fiches.
connect-refused-already = Vous avez déjà demandé une mise en relation pour cette fiche.
connect-refused-gone = Cette fiche n’est plus au catalogue.
connect-sent = 📨 Votre demande concernant « { $title } » est envoyée. Vous recevrez la réponse ici.
connect-request = 🤝 { $who } s’intéresse à votre fiche « { $title } ».
    Message : { $message }
connect-accept = ✅ Accepter
connect-decline = ✖️ Décliner
connect-to-secretariat = 🤝 { $who } s’intéresse à la fiche #{ $id } « { $title } », à laquelle personne ne peut répondre dans le bot. Message : { $message }
connect-name = { $name }
connect-declined = Votre demande concernant « { $title } » a été déclinée.
connect-you-accepted = ✅ Acceptée : vos coordonnées respectives ont été échangées (ou le Secrétariat vous mettra en relation).
connect-you-declined = Déclinée. L’autre partie en est informée avec courtoisie.
connect-accepted = ✅ Vous êtes en relation au sujet de « { $title } ». Voici les coordonnées :
connect-accepted-secretariat = ✅ Vous êtes en relation au sujet de « { $title } ». Les coordonnées passent par le Secrétariat, qui vous mettra en contact.
connect-secretariat-link = 🤝 Une mise en relation au sujet de « { $title } » demande au Secrétariat de mettre les deux parties en contact :
connect-undelivered = ⚠️ Un message concernant la mise en relation « { $title } » n’a pas pu être remis : l’une des parties a bloqué le bot. Veuillez la joindre autrement :
connect-refused-cap = Vous avez envoyé { $max ->
        [one] { $max } demande
       *[other] { $max } demandes
    } aujourd’hui, le maximum par jour. Veuillez réessayer demain.
connect-refused-cap-contact = Vous avez envoyé { $max ->
        [one] { $max } demande
       *[other] { $max } demandes
    } aujourd’hui, le maximum par jour. Veuillez réessayer demain ; pour joindre le Secrétariat d’ici là : { $contact }
connect-refused-blocked = La personne qui a publié cette fiche ne souhaite plus recevoir de demandes de votre part. Pour toute question, écrivez au Secrétariat.
connect-refused-barred = Le Secrétariat a suspendu vos demandes de contact. Si vous pensez qu’il s’agit d’une erreur, écrivez au Secrétariat.
connect-block = 🚫 Bloquer
connect-report = ⚠️ Signaler
connect-you-blocked = Demande bloquée : cette personne ne pourra plus vous envoyer de demandes. Elle est informée que sa demande a été déclinée.
connect-you-reported = Demande signalée : le Secrétariat en prendra connaissance. Cette personne ne pourra plus vous envoyer de demandes.
connect-reported = ⚠️ La personne qui a publié la fiche #{ $id } « { $title } » a signalé une demande de contact de { $who } (identifiant Telegram { $user }) et bloqué ses demandes. Message : { $message }
person-profile = 👤 Profil de la personne
person-bar = 🚫 Bloquer ses demandes de contact
person-unbar = ↩️ Rétablir ses demandes de contact
person-barred = 🚫 Demandes de contact bloquées depuis le { $since }.
person-barred-done = C’est fait : cette personne ne peut plus envoyer de demandes de contact.
person-unbarred-done = C’est fait : cette personne peut de nouveau envoyer des demandes de contact.
person-record =
    <b>Identifiant Telegram :</b> { $user }{ $username }
    <b>Demandes de mise en relation envoyées :</b> { $sent } (acceptées : { $accepted })
    <b>Blocages par des personnes ayant publié une fiche :</b> { $blocked } (avec signalement : { $reported })
connections-title = <b>Mises en relation</b> (les plus récentes d’abord)
connections-line = #{ $id } « { $title } » : { $requester } → { $owner } — { $status }
connections-empty = Pas encore de demande de mise en relation.
connection-requested = demandée
connection-accepted = acceptée
connection-declined = déclinée
connection-reported = signalée
connections-catalogue = le Secrétariat (fiche du catalogue)
cmd-search = Chercher dans le catalogue
cmd-country = Les offres et besoins d’un pays
country-usage = Quel pays ? Par exemple : /country Brésil (dans l’une des quatre langues, ou son code : BR).
country-title = 🌎 <b>{ $country }</b> — fiches du catalogue émanant de ce pays ou le concernant : { $count }
country-line = #{ $id } { $kind } : { $title }
country-line-covering = #{ $id } { $kind } : { $title } · { $source }
country-empty = { $country } : aucune offre ni aucun besoin approuvé pour l’instant.
cmd-matches = Mes correspondances
cmd-connections = Toutes les mises en relation

## Ordre du jour et rappels
agenda-header = 🗓 <b>{ $title }</b>
agenda-tbc = <i>Horaires à confirmer par le Secrétariat.</i>
agenda-over = <i>Cette réunion s’est tenue du { $first } au { $last }. L’ordre du jour est conservé pour mémoire.</i>
agenda-zone-line = Heures de { $city } ({ $zone })
agenda-day-heading = <b>{ $day }</b> (votre heure locale)
agenda-line = <b>{ $start }–{ $end }</b> { $title }
agenda-meeting-time = { $start }–{ $end }, heure de { $city }
agenda-link = 🔗 { $link }
agenda-theme = <i>{ $theme }</i>
agenda-link-tba = 🔗 Lien communiqué ultérieurement
agenda-video = 🎥 { $link }
agenda-livestream = 📺 Diffusion en direct : { $link }
agenda-interpretation = 🎧 Interprétation : { $languages }
agenda-session-tbc = (à confirmer)
agenda-description = { $text }
agenda-now-header = <b>En ce moment</b>
agenda-now-none = Aucune séance n’est en cours.
agenda-next-header = <b>À suivre</b>
agenda-next-none = Il n’y a plus de séance à venir.
calendar-caption = L’ordre du jour pour votre agenda (les téléphones et Outlook l’importent avec le bon fuseau horaire).
reminder-soon = ⏰ Dans { $minutes } min ({ $start }, votre heure locale) : <b>{ $title }</b>
reminder-started = ▶️ <b>{ $title }</b> a commencé.
digest-header = ☀️ <b>Aujourd’hui, { $day }</b> (votre heure locale)
digest-footer = /reminders pour modifier vos rappels.
notice-moved = 🔁 Changement d’horaire — <b>{ $title }</b> : { $old } → <b>{ $new }</b> (votre heure locale).
notice-cancelled = ❌ Séance annulée : <b>{ $title }</b> (prévue le { $old }, votre heure locale).
notice-changes = 🗓 <b>Changements à l’ordre du jour</b> des séances que vous suivez ({ $count }), à votre heure locale :
notice-change-moved = 🔁 <b>{ $title }</b> : { $old } → <b>{ $new }</b>
notice-change-cancelled = ❌ <b>{ $title }</b> : annulée (prévue le { $old })
notice-changes-more = … et { $count } de plus : /agenda montre l’ordre du jour tel qu’il est désormais.
reminders-default = ⏰ Vous recevrez un rappel { $lead } minutes avant chaque séance et un résumé chaque matin de la réunion. /reminders pour modifier.
reminders-summary = <b>Vos rappels</b> : { $status }
    Avant chaque séance : { $lead } min
    Séances : { $scope }
    Résumé du matin : { $digest }
reminders-on = activés
reminders-off = désactivés
reminders-digest-on = activé
reminders-digest-off = désactivé
reminders-scope-all = toutes
reminders-scope-some = choisies : { $count }
reminders-turn-on = 🔔 Activer les rappels
reminders-turn-off = 🔕 Désactiver les rappels
reminders-lead = { $minutes } min
reminders-digest-toggle = ☀️ Résumé oui/non
reminders-all = Toutes les séances
reminders-saved = Enregistré.
reminders-follow = 🔔 { $title }
reminders-following = 🔔 Un rappel vous sera envoyé pour « { $title } ».
agenda-upload-too-big = Le fichier est trop grand pour un ordre du jour ({ $max } Ko au plus).
agenda-upload-not-agenda = Ce fichier n’est pas un ordre du jour (YAML avec « meeting » et « sessions »). { $problems }
agenda-upload-invalid = L’ordre du jour a des problèmes ; rien n’a été changé :
    { $problems }
agenda-upload-nochange = Cet ordre du jour est identique à l’actuel.
agenda-upload-diff = <b>Nouvel ordre du jour : ce qui change</b>
    Ajoutées : { $added }
    Supprimées : { $removed }
    Déplacées : { $moved }
    Modifiées : { $edited }
    Les personnes qui suivent les séances déplacées ou supprimées recevront un seul avis.
agenda-upload-apply = ✅ Appliquer
agenda-upload-cancel = ✖️ Garder l’actuel
agenda-upload-applied = ✅ Le nouvel ordre du jour est en vigueur ; les rappels sont reprogrammés ; avis envoyés : { $notices }.
agenda-upload-kept = L’ordre du jour actuel est conservé.
cmd-agenda = L’ordre du jour
cmd-now = La séance en cours
cmd-next = La prochaine séance
cmd-calendar = L’ordre du jour en fichier de calendrier
cmd-reminders = Mes rappels

## Diffusions
broadcast-ask-text = Écrivez le message (langue : { $language }) ; le gras, l’italique et les liens sont conservés ; 4 096 caractères au maximum.
broadcast-bad-html = Telegram ne peut pas afficher cette mise en forme. Veuillez réécrire le message.
broadcast-ask-versions = Versions prêtes : { $given }. Ajoutez une autre langue (chaque personne reçoit la version dans sa langue ; les autres reçoivent la première) ou continuez.
broadcast-add-version = ➕ { $language }
broadcast-versions-done = Continuer ➡️
broadcast-ask-audience = Qui doit le recevoir ?
audience-all = Tout le monde
audience-kind = Par type d’acteur
audience-language = Par langue
audience-country = Par pays
audience-session = Par séance
audience-verified = Affiliation vérifiée
broadcast-ask-audience-value = Choisissez :
broadcast-ask-when = L’envoyer maintenant ou à une heure précise ?
broadcast-now = Maintenant
broadcast-later = Programmer
broadcast-ask-time = Quand ? Écrivez la date et l’heure dans votre fuseau horaire ({ $zone }), par exemple 2021-12-02 09:45 (AAAA-MM-JJ HH:MM).
broadcast-time-format = Je n’ai pas pu lire cette heure. Écrivez-la ainsi : 2021-12-02 09:45.
broadcast-time-past = Cette heure est déjà passée. Choisissez une heure à venir.
broadcast-time-far = C’est dans plus de 30 jours. Choisissez une date plus proche.
broadcast-preview-head = <b>Aperçu</b> — pour : { $audience } ; destinataires : { $count } ; langues : { $languages } ; quand : { $when }
broadcast-confirm = 📣 Confirmer et envoyer
broadcast-edit-text = ✏️ Modifier le message
broadcast-edit-audience = 👥 Modifier les destinataires
broadcast-nobody = Personne ne correspond à ces critères : rien n’a été envoyé. Choisissez d’autres destinataires avec /broadcast.
broadcast-nobody-choose = Personne ne correspond à ces critères. Choisissez d’autres destinataires : votre message est conservé.
broadcast-started = 📣 La diffusion #{ $id } est en cours d’envoi (destinataires : { $count }). Ce message en indique l’avancement.
broadcast-scheduled = 🕓 La diffusion #{ $id } est programmée (destinataires : { $count }). /broadcasts permet de la consulter.
broadcast-cancel = ✖️ Annuler la diffusion
broadcast-progress = 📣 Diffusion #{ $id } : envoyés : { $sent } ; en échec : { $failed } ; restants : { $left } (environ { $eta } s).
broadcast-report = ✅ Diffusion #{ $id } terminée : remis : { $sent } ; bot bloqué : { $blocked } ; en échec : { $failed }.
broadcasts-title = <b>Diffusions programmées et en cours</b>
broadcasts-line = #{ $id } { $status } — { $when } — destinataires : { $count } — { $preview }
broadcasts-none = Aucune.
broadcast-status-scheduled = programmée
broadcast-status-sending = en cours d’envoi
broadcast-status-done = terminée
broadcast-status-cancelled = annulée
broadcast-cannot-cancel = Cette diffusion est déjà terminée ou annulée.
broadcast-cancelled = La diffusion #{ $id } est annulée ; les messages déjà remis ne peuvent pas être rappelés.

## Chiffres
stats-title = <b>La réunion en chiffres</b>
stats-delegates = Personnes inscrites : { $registered } · joignables : { $active } · vérifiées : { $verified }
stats-by-kind = Par type : { $list }
stats-by-language = Par langue : { $list }
stats-by-country = Principaux pays : { $list }
stats-entries = Offres : { $offers } · besoins : { $needs } ({ $statuses })
stats-catalogue = Au catalogue — offres : { $offers } · besoins : { $needs }
stats-area = • { $area } — offres approuvées : { $offers } · besoins : { $needs }
stats-matches = Correspondances proposées : { $matches } · demandes de mise en relation : { $connections } (acceptées : { $accepted })
stats-deliveries = Rappels et résumés remis : { $reminders } · messages de diffusion : { $broadcasts }
stats-failed = Messages non remis après { $attempts ->
        [one] { $attempts } tentative
       *[other] { $attempts } tentatives
    } : { $count } (hors conversations bloquées)
stats-chart-caption = Offres et besoins approuvés par domaine prioritaire.

## Rôles et invitations
role-organiser = Équipe d’organisation
role-secretariat = Secrétariat
invite-ask = Quel rôle l’invitation doit-elle donner ?
invite-link = Lien à usage unique pour le rôle « { $role } », valable { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }, pour la première personne qui l’ouvre :
    { $link }
invite-ok = ✅ Vous avez désormais le rôle « { $role } ». /help montre vos nouvelles commandes.
invite-used = Cette invitation a déjà été utilisée.
invite-expired = Cette invitation a expiré. Demandez-en une nouvelle au Secrétariat.
invite-unknown = Ce lien d’invitation n’est pas valide.
invite-used-by = 🔑 Votre lien à usage unique pour le rôle « { $role } » a été utilisé par { $who } (identifiant Telegram { $user }), qui détient désormais ce rôle. /roles le retire s’il est parvenu à la mauvaise personne.
roles-title = <b>Rôles</b>
roles-line = { $name } ({ $user }) : { $role }
roles-revoke = Retirer « { $role } » à { $name }
roles-revoked = Le rôle est retiré.
cmd-broadcast = Envoyer une diffusion
cmd-broadcasts = Diffusions programmées
cmd-stats = Les chiffres de la réunion
cmd-invite = Inviter un membre de l’équipe d’organisation ou du Secrétariat
cmd-roles = Rôles

## Groupes cibles, sous-régions et portée d'un besoin (issue 18)
group-women = Femmes
group-children = Enfants
group-older_persons = Personnes âgées
group-disability = Personnes handicapées
group-migrants = Personnes migrantes
group-refugees = Personnes réfugiées
subregion-caribbean = Caraïbes
subregion-central_america = Amérique centrale
subregion-south_america = Amérique du Sud
subregion-north_america = Amérique du Nord
subregion-andean = Région andine
scope-national = National
scope-regional = Régional
entry-field-target_groups = Groupes cibles
entry-field-scope = Portée
entry-ask-target_groups = Des groupes en particulier sont-ils visés ? Appuyez sur chacun de ceux qui s’appliquent (à nouveau pour le retirer), puis « Terminé ». Ou choisissez « Aucun en particulier ».
entry-groups-none = Aucun en particulier
why-groups = mêmes groupes cibles : { $list }
stats-approved-by-modality = Approuvés, par modalité : { $list }
stats-approved-by-actor-kind = Approuvés, par type d’acteur : { $list }
stats-approved-by-target-group = Approuvés, par groupe cible : { $list }
stats-approved-needs-by-scope = Besoins approuvés, par portée : { $list }
search-filter-kind = Offres/besoins
search-filter-area = Domaine
search-filter-country = Pays
search-filter-modality = Modalité
search-filter-actor_kind = Acteur
search-filter-target_group = Groupe cible
search-filters-active = Filtres : { $list }
search-filters-clear = ✖️ Retirer les filtres
search-new = 🔎 Nouvelle recherche
search-filter-choose = <b>{ $filter }</b> — résultats pour « { $query } ». Chaque choix indique combien de résultats il laisse.
search-any = Indifférent
agenda-point = 📌 Point { $point } de l’ordre du jour
stats-item = { $name } : { $count }
cmd-web = Ouvrir la console web
web-link = 🖥 Votre lien vers la console web (valable { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, une seule fois ; ne le partagez pas) : { $link }
notify-corrected = ✏️ Le Secrétariat a corrigé votre fiche ({ $kind }) #{ $id } « { $title } » : { $fields }.
notify-withdrawn = Le Secrétariat a retiré du catalogue votre fiche ({ $kind }) #{ $id } « { $title } » : { $reason }
audience-role = Par rôle

## The web console (issue 19)
web-title = Console CIDI
web-nav-label = Pages de la console
web-nav-overview = Vue d’ensemble
web-nav-review = Examen
web-nav-catalogue = Catalogue
web-nav-delegates = Personnes inscrites
web-nav-connections = { -g-connection-cap(count: 2) }
web-nav-figures = Chiffres
web-nav-agenda = { -g-agenda-cap }
web-nav-broadcasts = Diffusions
web-nav-exports = Exportations
web-signout = Se déconnecter
web-signin-title = Connexion à la console
web-signin-how = Envoyez /web au bot dans Telegram : il répond par un lien à usage unique qui ouvre la console.
web-signin-confirm = Se connecter en tant que <b>{ $name }</b> ?
web-signin-button = Se connecter
web-link-unknown = Ce lien n’est pas valide. Envoyez /web au bot pour en obtenir un nouveau.
web-link-used = Ce lien a déjà été utilisé. Envoyez /web au bot pour en obtenir un nouveau.
web-link-expired = Ce lien a expiré (les liens sont valables 10 minutes). Envoyez /web au bot pour en obtenir un nouveau.
web-link-not_allowed = La console est réservée au Secrétariat et à l’équipe d’organisation.
web-refused-title = Impossible
web-forbidden = Cette page est réservée au Secrétariat ou à l’équipe d’organisation ; votre compte n’a pas (ou plus) ce rôle.
web-csrf = Le formulaire avait expiré ou ne provenait pas de cette console : rien n’a été modifié. Rechargez la page et réessayez.
web-error = Un problème est survenu de notre côté ; rien n’a été modifié. Veuillez réessayer.
web-not-found = Cette page ou cette fiche n’existe pas.
web-bad-input = Le formulaire n’a pas été rempli comme prévu ; rien n’a été modifié.
web-bad-time = L’heure n’est pas valide ; rien n’a été envoyé.
web-not-yourself = Vous ne pouvez pas retirer votre propre rôle ici ; demandez-le à un autre membre du Secrétariat.
web-done = C’est fait.
web-card-pending = { $count ->
    [one] fiche en attente d’examen
   *[other] fiches en attente d’examen
}
web-card-offers = { $count ->
    [one] offre approuvée
   *[other] offres approuvées
}
web-card-needs = { $count ->
    [one] besoin approuvé
   *[other] besoins approuvés
}
web-card-delegates = { $count ->
    [one] personne inscrite
   *[other] personnes inscrites
}
web-card-states = { $count ->
    [one] État membre participant (sur 35)
   *[other] États membres participants (sur 35)
}
web-card-connections = { $count ->
    [one] demande de mise en relation
   *[other] demandes de mise en relation
}
web-card-broadcasts = { $count ->
    [one] diffusion programmée ou en cours
   *[other] diffusions programmées ou en cours
}
web-filter-kind = Offre ou besoin
web-filter-area = Domaine
web-filter-country = Pays
web-filter-actor = Type d’acteur
web-filter-language = Langue
web-filter-waiting = En attente depuis au moins
web-waiting-hours = { $hours } h
web-filter-apply = Filtrer
web-pick-all = Tout sélectionner
web-owner = Soumise par
web-waiting = En attente
web-decide-picked = Statuer sur les fiches sélectionnées
web-decision = Décision
web-decision-approve = Approuver
web-decision-request_changes = Demander des modifications
web-decision-reject = Refuser
web-reason-preset = Motif
web-reason-text = Ou motif libre
web-reason-needed = Indiquez un motif (choisissez-en un ou rédigez-le) : il sera communiqué à la personne qui a soumis la fiche.
web-decide = Statuer
web-nothing-picked = Aucune fiche n’a été sélectionnée.
web-decided-approve = Approuvées ({ $count }) : { $ids }. Les personnes concernées en sont avisées dans Telegram.
web-decided-request_changes = Modifications demandées ({ $count }) : { $ids }. Les personnes concernées en sont avisées dans Telegram.
web-decided-reject = Refusées ({ $count }) : { $ids }. Les personnes concernées en sont avisées dans Telegram.
web-already-decided = La fiche #{ $id } a déjà été traitée par { $who } ({ $decision }) : rien n’a été appliqué deux fois.
web-page-of = Page { $page } sur { $pages }
web-queue-empty = Rien n’attend d’examen avec ces filtres.
web-catalogue-list = Liste et recherche
web-catalogue-by-area = Par domaine
web-catalogue-by-country = Par pays
web-search-words = Mots, dans n’importe quelle langue
web-results = affichées : { $count }
web-why = Pourquoi
web-score = Score
web-history = Historique
web-matches = { -g-match-cap(count: 2) }
web-correct = Corriger la fiche
web-correct-save = Enregistrer la correction (la personne concernée en est avisée)
web-corrected = La fiche #{ $id } est corrigée ; la personne qui l’a soumise est avisée des champs modifiés.
web-withdraw = Retirer du catalogue
web-withdrawn = La fiche #{ $id } est retirée ; la personne qui l’a soumise en reçoit le motif.
web-connection-requested = Demandée
web-connection-accepted = Acceptée
web-connection-declined = Déclinée
web-connection-reported = Signalée
web-name = Nom
web-organisation = Organisation
web-verified = Vérifié
web-verify = Vérifier
web-unverify = Retirer la vérification
web-roles = Rôles
web-grant = Attribuer le rôle
web-revoke = Retirer le rôle
web-invite = Créer un lien d’invitation
web-invitation = Lien d’invitation (valable 48 heures, une seule fois) :
web-progress = Inscription des États membres
web-progress-summary = États membres représentés : { $taking } sur 35 ; dont sans fiche soumise : { $silent }.
web-progress-none = aucune inscription
web-progress-silent = rien soumis
web-progress-ok = fiches soumises
web-entries = Fiches
web-entry = Fiche
web-requester = Demandée par
web-state = { -g-status-cap }
web-date = Date
web-time = Heure
web-chart-area = Offres et besoins approuvés par domaine prioritaire
web-chart-country = Offres et besoins approuvés par pays (les 15 premiers)
web-chart-actors = Personnes inscrites par type d’acteur
web-chart-status = Fiches par statut
web-chart-time = Offres et besoins soumis au fil du temps
web-agenda-times = Heures de { $city } ({ $zone })
web-agenda-preview = Le nouvel ordre du jour : ce qui change
web-agenda-added = Séances ajoutées
web-agenda-moved = Séances déplacées
web-agenda-removed = Séances annulées
web-agenda-edited = Séances modifiées
web-agenda-told = Avis aux personnes qui suivent les séances déplacées ou annulées : { $count }.
web-agenda-upload = Téléverser un nouvel ordre du jour
web-agenda-file = Fichier d’ordre du jour (YAML, { $max } Ko au plus)
web-agenda-check = Vérifier et montrer les changements
web-agenda-nothing-staged = Aucun ordre du jour téléversé n’attend de confirmation.
web-tbc = à confirmer
web-broadcast-new = Nouvelle diffusion
web-broadcast-languages = Rédigez-la dans une langue ou plusieurs : chaque personne la reçoit dans sa langue, ou dans la plus proche disponible.
web-audience = Destinataires
web-audience-value = Choisissez qui exactement (quel rôle, type, langue, pays ou séance).
web-broadcast-at = Date et heure d’envoi (heure de { $zone } ; laisser vide pour un envoi immédiat)
web-broadcast-how-many = Combien la recevront ?
web-broadcast-count = Destinataires : { $count }.
web-broadcast-send = Envoyer
web-broadcast-no-text = Rédigez le message dans au moins une langue.
web-broadcast-started = La diffusion #{ $id } est en cours d’envoi (destinataires : { $count }) ; sa progression figure dans la liste ci-dessous.
web-broadcast-scheduled = La diffusion #{ $id } est programmée (destinataires : { $count }) ; elle figure dans la liste ci-dessous.
web-broadcast-list = Diffusions
web-bstatus-scheduled = programmée
web-bstatus-sending = en cours
web-bstatus-done = terminée
web-bstatus-cancelled = annulée
web-sent = Envoyés
web-blocked = Bloqués
web-failed = Échecs
web-left = Restants
web-cancelled = Non envoyés (annulation)
web-export-all-countries = Tous les pays
web-export-every-status = Tous les statuts (Secrétariat)
web-export-note = Les mêmes fichiers que la commande /export du bot : coordonnées seulement si leur titulaire l’a accepté ; cellules enregistrées comme du texte, jamais comme des formules.
web-document-preparing = Préparation du document ({ $seconds } s). Cette page se met à jour d’elle-même ; vous pouvez continuer à travailler dans un autre onglet.
web-document-ready = Le document est prêt (préparé en { $seconds } s).
web-document-download = Télécharger
web-document-failed = Le document n’a pas pu être préparé. Veuillez réessayer ; en cas de nouvel échec, prévenez l’équipe technique.

## Partnerships (issue 20)
cmd-partnerships = Mes partenariats
partnerships-title = <b>Vos partenariats</b> (le bouton ➡️ fait passer un partenariat à l’étape suivante)
partnerships-empty = Aucun partenariat pour l’instant. Dès qu’une demande de mise en relation est acceptée (la vôtre ou celle qu’on vous adresse), le partenariat apparaît ici ; vous pourrez le suivre des premières discussions jusqu’à son achèvement.
partnership-line =
    #{ $id } « { $title } » — avec { $other }
    Étape : <b>{ $stage }</b>
partnership-third = Tierce partie : { $name } ({ $role })
partnership-next = ➡️ #{ $id } : { $stage }
partnership-drop = ✖️ #{ $id } : abandonner
partnership-ask-reason = Pourquoi le partenariat #{ $id } est-il abandonné ?
partnership-moved = Désormais : { $stage }
partnership-not-yours = Seules les deux parties (ou le Secrétariat) peuvent modifier le partenariat #{ $id }.
partnership-drop-kept = Le partenariat #{ $id } n’a pas été abandonné : rien n’a changé.
partnerships-no-checkins = ℹ️ Les points de suivi ont pris fin le { $date } : plus aucun ne sera envoyé au sujet de vos partenariats. Vous pouvez toujours les mettre à jour ici, à tout moment.
partnership-step-start = • { $when } : mise en relation acceptée
partnership-step-move = • { $when } : { $who } — { $stage }
partnership-step-drop = • { $when } : { $who } — { $stage } ({ $reason })
partnership-step-note = • { $when } : { $who } — « { $note } »
partnership-step-words = « { $note } »
partnership-steps-earlier = • … { $count ->
        [one] une mise à jour antérieure
       *[other] { $count } mises à jour antérieures
    }
notify-partnership-moved = 🤝 Le partenariat #{ $id } « { $title } » en est désormais à l’étape <b>{ $stage }</b> (mis à jour par { $by ->
        [secretariat] le Secrétariat de l’OEA
        [forgotten] une personne anonyme
        *[other] { $who }
    }).
notify-partnership-dropped = ✖️ Le partenariat #{ $id } « { $title } » a été abandonné par { $by ->
        [secretariat] le Secrétariat de l’OEA
        [forgotten] une personne anonyme
        *[other] { $who }
    } : { $reason }.
notify-partnership-noted = ✏️ { $by ->
        [secretariat] Le Secrétariat de l’OEA
        [forgotten] Une personne anonyme
        *[other] { $who }
    } a écrit une note sur le partenariat #{ $id } « { $title } » : « { $note } »
notify-partnership-third = ➕ Le partenariat #{ $id } « { $title } » indique désormais une tierce partie : { $name } ({ $role }), ajoutée par { $by ->
        [secretariat] le Secrétariat de l’OEA
        [forgotten] une personne anonyme
        *[other] { $who }
    }.
stage-talking = Discussions
stage-agreed = Accord conclu
stage-implementing = Mise en œuvre
stage-completed = Achevé
stage-dropped = Abandonné
drop-no_funding = Pas de financement
drop-priorities_changed = Priorités modifiées
drop-no_response = Pas de réponse
drop-other_partner = Autre partenaire
drop-other = Autre motif

## The published catalogue (issue 20)
publish-title = Catalogue des offres et des besoins de coopération
publish-edition = Édition du { $date }
publish-places = pays et organisations
publish-contents = Sommaire
publish-written-in = Texte rédigé en { $language }
publish-contact = Contact
publish-through-secretariat = Par l’intermédiaire du Secrétariat de l’OEA
publish-open = Ouvrir dans le bot (« Cela m’intéresse »)
publish-scan = Scannez pour ouvrir dans Telegram
doc-oas = Organisation des États Américains
doc-page = Page
doc-field = { $name } :
count-offers = { $count ->
    [one] offre
   *[other] offres
}
count-needs = { $count ->
    [one] besoin
   *[other] besoins
}
count-places = { $count ->
    [one] pays ou organisation
   *[other] pays et organisations
}
not-given-owner_country = Pays non précisé
not-given-actor_kind = Type d’acteur non précisé
cmd-publish = Le catalogue publié (HTML et PDF)
publish-caption = 📘 Le catalogue publié, édition du { $date } : offres : { $offers } ; besoins : { $needs }.
publish-preparing = ⏳ Préparation du catalogue publié (offres : { $offers } ; besoins : { $needs }) en HTML et en PDF. Cela prend quelques secondes…
publish-gone = Cette fiche ne figure plus au catalogue.
web-publish-by = Regroupé
web-no-bot-username = Les liens du catalogue publié ont besoin du nom d’utilisateur du bot : définissez BOT_USERNAME.

## The report to the CIDI and unmet needs (issue 20)
report-title = Rapport au CIDI : offres, besoins et partenariats de coopération
report-generated = Établi le { $at } UTC
report-since = depuis le { $since }
report-summary = Synthèse
report-delegates = personnes inscrites
report-member-states = États membres participants
report-matches = correspondances proposées
report-contacts = demandes de mise en relation
report-unmet = Besoins non satisfaits
report-by_area = Par domaine prioritaire
report-by_country = Par pays
report-by_actor_kind = Par type d’acteur
report-by_modality = Par modalité
report-by_cooperation_type = Par type de coopération
report-partnerships = Partenariats par étape
report-stage = Étape
report-count = Partenariats
report-days = Durée moyenne de l’étape (jours)
report-chart-area = Offres et besoins approuvés par domaine prioritaire
report-chart-stages = Partenariats par étape
report-narrative =
    Depuis la réunion tenue en { $month }, { $delegates ->
        [one] { $delegates } personne s’est inscrite
       *[other] { $delegates } personnes se sont inscrites
    }, et { $states ->
        [one] { $states } État membre est représenté
       *[other] { $states } États membres sont représentés
    }. Le catalogue réunit { $offers ->
        [one] { $offers } offre
       *[other] { $offers } offres
    } et { $needs ->
        [one] { $needs } besoin
       *[other] { $needs } besoins
    } de coopération émanant de { $places ->
        [one] { $places } pays ou organisation
       *[other] { $places } pays et organisations
    }. Le bot a proposé { $matches ->
        [one] { $matches } correspondance
       *[other] { $matches } correspondances
    } ; les demandes de mise en relation ({ $contacts }) ont donné lieu à { $partnerships ->
        [one] { $partnerships } partenariat
       *[other] { $partnerships } partenariats
    } (achevés : { $completed }). { $unmet ->
        [0] Chaque besoin approuvé depuis plus de 30 jours a au moins une offre correspondante.
        [one] { $unmet } besoin approuvé depuis plus de 30 jours n’a encore aucune offre correspondante.
       *[other] { $unmet } besoins approuvés depuis plus de 30 jours n’ont encore aucune offre correspondante.
    }
report-cover = Rapport au Conseil interaméricain pour le développement intégré (CIDI)
report-total = Total
cmd-unmet = Besoins encore sans offre
unmet-title = <b>Besoins non satisfaits</b> ({ $count }) : approuvés depuis plus de 30 jours, sans aucune offre approuvée correspondante
unmet-none = Aucun besoin non satisfait : chaque besoin approuvé depuis plus de 30 jours a au moins une offre correspondante.
unmet-line = #{ $id } « { $title } » — { $who }

## Follow-up check-ins (issue 20)
cmd-followup = Suivi de mes partenariats : activer ou désactiver
followup-ask = 🤝 Où en est le partenariat #{ $id } « { $title } » ? Étape actuelle : <b>{ $stage }</b>. Répondez d’un simple appui sur un bouton.
followup-reminder = 🔔 Rappel : où en est le partenariat #{ $id } « { $title } » ? Étape actuelle : <b>{ $stage }</b>. Sans réponse, le Secrétariat vous contactera autrement.
followup-silent = 📭 { $name } n’a répondu ni aux points de suivi du partenariat #{ $id } ni au rappel : plus rien ne sera envoyé. Veuillez joindre cette personne autrement.
followup-same = Toujours : { $stage }
followup-next = Désormais : { $stage }
followup-thanks = Merci : le partenariat #{ $id } en est à « { $stage } ».
followup-thanks-overtaken = Merci. Entre-temps, le partenariat #{ $id } a changé d’étape : il en est désormais à « { $stage } ».
followup-on = Suivi activé : nous vous demanderons où en sont vos partenariats.
followup-off = Suivi désactivé : plus aucune question ne vous sera posée. /followup on le réactive.
followup-usage-on = Le suivi est activé. /followup off le désactive.
followup-usage-off = Le suivi est désactivé. /followup on l’active.
partnership-note = ✏️ #{ $id } : une note
partnership-third-button = ➕ #{ $id } : tierce partie
partnership-ask-note = Où en est-il ? Quelques mots pour l’historique (jusqu’à { $max } caractères).
partnership-noted = ✅ Noté dans l’historique du partenariat #{ $id }.
partnership-ask-third = Le nom de la tierce partie (une organisation ou un pays ; jusqu’à { $max } caractères) ?
partnership-ask-role = Son rôle dans cette coopération triangulaire ?
partnership-third-saved = ✅ Le partenariat #{ $id } indique désormais sa tierce partie.
web-partnership-move = Changer
web-third-party = Tierce partie
web-save = Enregistrer
web-partnership-not-possible = Le partenariat #{ $id } ne peut pas passer à cette étape (un abandon demande son motif ; un partenariat terminé le reste).
time-local = { $time } (votre heure locale)
action-corrected = corrigée par le Secrétariat
action-withdrawn_by_secretariat = retirée par le Secrétariat

## Language review 2: new texts (issue 32)
web-withdraw-reason = Motif du retrait (communiqué à la personne concernée)
web-partnership = Partenariat (étape)
entry-field-financing-short = Financement
entry-field-cooperation_type-short = Type de coopération
field-consent-short = Coordonnées
why-separator = { "\u202F; " }
report-column-by_area = Domaine prioritaire
report-column-by_country = Pays
report-column-by_actor_kind = Type d’acteur
report-column-by_modality = Modalité
report-column-by_cooperation_type = Type de coopération

## Names and counts in running text (issue 32, i32a)
language-name-en = anglais
language-name-es = espagnol
language-name-fr = français
language-name-pt = portugais
meeting-two-days = { $first } et { $last }
meeting-days-range = du { $first } au { $last }
entry-groups-chosen = Groupes choisis : <b>{ $list }</b>
count-delegates = { $count ->
    [one] personne inscrite
   *[other] personnes inscrites
}
count-member-states = { $count ->
    [one] État membre participant
   *[other] États membres participants
}
count-matches = { $count ->
    [one] correspondance proposée
   *[other] correspondances proposées
}
count-contacts = { $count ->
    [one] demande de mise en relation
   *[other] demandes de mise en relation
}
time-in-city = { $time } (heure de { $city })
contact-telegram = Telegram : @{ $username }

## Bilateral meetings (issue 33)
cmd-meetings = Mes réunions avec mes homologues
cmd-availability = Quand j’accepte des réunions
meeting-propose = 📅 Proposer une réunion
meeting-propose-id = 📅 n° { $id } : proposer une réunion
meeting-choose = 📅 Une réunion en visio avec { $who }. Ces créneaux conviennent à vos deux horaires de travail ; ils sont affichés dans votre fuseau horaire ({ $zone }) :
meeting-no-slot = 📅 Aucun créneau des 14 prochains jours ne tombe dans vos horaires de travail et dans ceux de { $who }. Proposez votre propre horaire avec « Autre horaire ».
meeting-type-other = ✏️ Autre horaire
meeting-length-switch = ⏱ 30 ou 60 minutes
meeting-ask-time = Écrivez le jour et l’heure dans votre fuseau horaire ({ $zone }), par exemple { $example }.
meeting-bad-time = Je n’ai pas pu lire cet horaire. Écrivez-le ainsi, s’il vous plaît : { $example }.
meeting-sent = ✅ Proposition envoyée à { $who } : { $when }. La réponse vous sera communiquée.
meeting-proposed = 📅 { $who } vous propose une réunion en visio de { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } au sujet de « { $title } » :
    <b>{ $when }</b>
meeting-countered = 📅 { $who } propose un autre horaire pour votre réunion au sujet de « { $title } » :
    <b>{ $when }</b>
meeting-accept = ✅ Accepter
meeting-other-time = 🕑 Un autre horaire
meeting-decline = ✖️ Décliner
meeting-decline-ask = Souhaitez-vous ajouter quelques mots pour { $who } ?
meeting-decline-now = Décliner sans message
meeting-decline-words = Écrire un message
meeting-ask-words = Votre message ({ $max } caractères au plus).
meeting-declined-ok = Vous avez décliné la réunion. L’information a été transmise à { $who }.
meeting-declined = { $who } a décliné la réunion du { $when } au sujet de « { $title } ».
meeting-withdrawn = { $who } a retiré la réunion proposée pour le { $when } au sujet de « { $title } ».
meeting-words = Son message : « { $message } »
meeting-confirmed = ✅ Réunion confirmée avec { $who } au sujet de « { $title } » :
    <b>{ $when }</b>
    Lien de la visio : { $link }
    L’invitation jointe l’ajoute à votre agenda.
meeting-moved = 🔁 { $who } a déplacé votre réunion au sujet de « { $title } » :
    <b>{ $when }</b>
    Lien de la visio : { $link }
    L’invitation jointe met votre agenda à jour.
meeting-moved-by-you = 🔁 Votre réunion avec { $who } aura lieu :
    <b>{ $when }</b>
    Lien de la visio : { $link }
    L’invitation jointe met votre agenda à jour.
meeting-cancelled = ❌ { $who } a annulé votre réunion du { $when } au sujet de « { $title } ». Le fichier joint la retire de votre agenda.
meeting-cancelled-by-you = ❌ Votre réunion du { $when } avec { $who } est annulée. Le fichier joint la retire de votre agenda.
meeting-reminder = ⏰ Votre réunion avec { $who } au sujet de « { $title } » commence dans 15 minutes :
    <b>{ $when }</b>
    Lien de la visio : { $link }
meeting-link-set = 🔗 { $who } a choisi le lien de la visio pour votre réunion du { $when } : { $link }
meeting-ics-summary = Réunion avec { $who } : { $title }
meeting-ics-description = Réunion organisée par le Bot de coopération de la CIDI. Lien de la visio : { $link }
meeting-accepted-ok = Réunion confirmée
meeting-busy-you = Vous avez déjà une réunion à cette heure-là. Choisissez-en une autre, s’il vous plaît.
meeting-busy-other = { $who } a déjà une réunion à cette heure-là. Proposez-en une autre, s’il vous plaît.
meeting-not-yours = Cette réunion n’est pas la vôtre.
meeting-not-possible = Il a déjà été répondu à cette réunion, ou son horaire est passé.
meeting-past = Cet horaire est déjà passé. Choisissez-en un plus tard, s’il vous plaît.
meeting-cancelled-ok = La réunion est annulée. L’information a été transmise à { $who }.
meeting-moved-ok = ✅ La réunion aura lieu le { $when }. L’information a été transmise à { $who }.
meeting-held-thanks = Merci, c’est noté.
meeting-move = 🔁 n° { $id } : déplacer
meeting-cancel = ✖️ n° { $id } : annuler
meeting-held-yes = ✅ n° { $id } : elle a eu lieu
meeting-held-no = ✖️ n° { $id } : elle n’a pas eu lieu
meetings-title = <b>Vos réunions</b>
meetings-empty = Vous n’avez pas encore de réunion. Proposez-en une depuis /partnerships ou depuis une correspondance dans /matches.
meetings-line-booked = ✅ n° { $id } <b>{ $when }</b> avec { $who } — « { $title } »
    { $link }
meetings-line-yours = ⏳ n° { $id } { $when } avec { $who } — « { $title } » : votre réponse est attendue.
meetings-line-theirs = ⏳ n° { $id } { $when } avec { $who } — « { $title } » : en attente de sa réponse.
meetings-ask-held = ❓ n° { $id } { $when } avec { $who } : la réunion a-t-elle eu lieu ?
availability-summary = 🗓 Vous acceptez des réunions : <b>{ $days }, { $start }–{ $end }</b> dans votre fuseau horaire ({ $zone }). Les créneaux qui vous sont proposés, ou que vous proposez, tombent dans ces horaires.
availability-days-mf = Du lundi au vendredi
availability-days-ms = Du lundi au samedi
availability-days-all = Tous les jours
availability-saved = Enregistré
partnership-step-meeting = • { $when } : réunion en visio tenue
stats-meetings = Réunions en visio proposées : { $proposed } · acceptées : { $accepted } · tenues : { $held }
report-meetings-proposed = { $count ->
    [one] réunion en visio proposée
   *[other] réunions en visio proposées
}
report-meetings-accepted = { $count ->
    [one] réunion en visio acceptée
   *[other] réunions en visio acceptées
}
report-meetings-held = { $count ->
    [one] réunion en visio tenue
   *[other] réunions en visio tenues
}
web-nav-meetings = Réunions
web-meeting-delegate = Personne inscrite (identifiant Telegram)
web-meeting-partnership = Partenariat
web-meeting-when = Quand (UTC)
web-meeting-parties = Entre
web-meeting-proposed = Proposée
web-meeting-accepted = Confirmée
web-meeting-declined = Déclinée
web-meeting-cancelled = Annulée
web-meeting-held = Tenue
web-meeting-missed = N’a pas eu lieu
web-meetings-of = Réunions en visio au sujet de cette fiche — proposées : { $proposed } · acceptées : { $accepted } · tenues : { $held }
meeting-link-button = 🔗 n° { $id } : utiliser mon propre lien de visio
meeting-ask-link = Collez le lien de visio à utiliser à la place (https://…, { $max } caractères au plus).
meeting-bad-link = Collez un lien complet commençant par https://, sans espace, s’il vous plaît.
meeting-link-saved = ✅ La réunion utilisera ce lien : { $link }. L’autre partie en a été informée.

## console lists, confirmations and navigation (issue 31)
web-list-total = Résultats : { $total } · affichage { $first }–{ $last }
web-list-csv = Télécharger en CSV
web-pages = Pages
web-list-empty = Rien ici pour l’instant.
web-list-empty-filtered = Rien ne correspond à ces filtres ou à ces mots.
web-list-clear = Tout afficher
web-status = Statut
web-status-catalogue = Au catalogue
web-country-means = Pays désigne
web-country-either = celui du titulaire ou un pays couvert
web-country-owner = le pays du titulaire
web-country-covered = un pays couvert
web-owner-country = Pays du titulaire
web-covered = Pays couverts
web-id = Numéro
web-search-ranked = Classé selon la pertinence de chaque fiche pour ces mots (comme /search dans le chat).
web-method-not-allowed = Cette adresse n’accepte pas ce type de requête. Utilisez le menu pour continuer.
web-decision-choose = Choisissez une décision…
web-decision-needed = Choisissez une décision : approuver, demander des modifications ou refuser.
web-decided-untold = { $count ->
    [one] { $count } de ces titulaires n’est pas joignable dans le chat (bot bloqué ou conversation quittée) : cette personne n’est pas prévenue.
   *[other] { $count } de ces titulaires ne sont pas joignables dans le chat (bot bloqué ou conversation quittée) : ces personnes ne sont pas prévenues.
}
web-confirm-title = Merci de confirmer
web-confirm-approve = Approuver { $count ->
        [one] { $count } fiche ; la personne qui l’a soumise est prévenue dans sa langue.
       *[other] { $count } fiches ; les personnes qui les ont soumises sont prévenues dans leur langue.
    }
web-confirm-request_changes = Demander des modifications pour { $count ->
        [one] { $count } fiche ; la personne qui l’a soumise est prévenue dans sa langue, avec le motif.
       *[other] { $count } fiches ; les personnes qui les ont soumises sont prévenues dans leur langue, avec le motif.
    }
web-confirm-reject = Refuser { $count ->
        [one] { $count } fiche ; la personne qui l’a soumise est prévenue dans sa langue, avec le motif.
       *[other] { $count } fiches ; les personnes qui les ont soumises sont prévenues dans leur langue, avec le motif.
    }
web-confirm-reason = Motif :
web-confirm-go = Oui, décider pour { $count ->
        [one] { $count } fiche
       *[other] { $count } fiches
    }
web-confirm-cancel = Annuler
web-confirm-yes = Oui, confirmer
web-confirm-verify = Confirmer la vérification de { $name } (son affiliation a été contrôlée) ?
web-confirm-unverify = Retirer la vérification de { $name } ?
web-confirm-grant = Donner à { $name } le rôle « { $role } » ? Cette personne pourra ouvrir les pages de la console de ce rôle.
web-confirm-revoke = Retirer le rôle « { $role } » à { $name } ?
web-verify-done = Vérification enregistrée pour { $name }.
web-unverify-done = Vérification retirée pour { $name }.
web-grant-done = { $name } a maintenant le rôle « { $role } ».
web-revoke-done = { $name } n’a plus le rôle « { $role } ».
web-invitation-made = Lien d’invitation (valable 48 heures, une seule fois) : { $link }
web-next-in-queue = Suivante dans la file
web-duplicate-title = Même titre que
web-duplicate-owner = Même titulaire, titre proche :
web-submitted = Soumise
web-delegate-search = Nom, organisation ou pays
web-reachable = Joignable dans le chat
web-reachable-yes = Joignable
web-reachable-no = A bloqué le bot
web-grant-by-number = Donner un rôle à quelqu’un par son numéro Telegram
web-telegram-id = Numéro Telegram
web-staff-name = Nom à afficher (si la personne ne s’est pas inscrite dans le chat)
web-skip = Aller au contenu
web-signed-in-as = Session de { $name } ({ $roles })
web-menu = Menu
audience-criteria = Critères combinés (pays, langue, type d’acteur)
web-broadcast-format = Rédaction
web-broadcast-format-markdown = Mise en forme simple
web-broadcast-format-html = HTML de Telegram
web-broadcast-markdown-help = Mise en forme simple : **gras**, _italique_, `code`, [texte](https://lien). Le reste est envoyé tel quel.
web-criteria-help = Les personnes inscrites qui remplissent tous les critères choisis ; pour un critère, l’une quelconque des valeurs (maintenez Ctrl ou ⌘ pour choisir plusieurs pays). Un critère laissé vide ne restreint pas.
web-broadcast-preview = Aperçu et décompte
web-broadcast-times-in = Heures en { $zone }.
web-broadcast-when-scheduled = Envoi le { $local } ({ $zone }), soit { $utc }.
web-broadcast-when-now = Envoi immédiat : { $local } ({ $zone }), soit { $utc }.
web-broadcast-send-count = Envoyer à { $count ->
        [one] { $count } personne inscrite
       *[other] { $count } personnes inscrites
    }
web-broadcast-edit = Modifier
web-owner-unreachable = La personne titulaire n’est pas joignable dans le chat (bot bloqué ou conversation quittée) : elle n’est pas prévenue.

## hardening (issue 30)
web-signin-limited = Trop de tentatives de connexion depuis cet appareil. Patientez quelques minutes, puis envoyez /web au bot pour obtenir un nouveau lien.
web-busy = Plusieurs pages sont en cours de chargement. Attendez qu’elles s’affichent, puis réessayez.
