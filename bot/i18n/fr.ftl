## Français. Les textes sont envoyés avec parse_mode=HTML : seulement les balises de Telegram ; le bot échappe les valeurs.

## Accueil et menu
start-welcome =
    👋 Bienvenue sur le <b>Bot de coopération du CIDI</b> de la Troisième Réunion spécialisée du CIDI des hauts fonctionnaires chargés de la coopération (réunion virtuelle, 2 et 3 décembre 2021).
    
    Ici, vous pouvez vous inscrire, verser vos offres et vos besoins de coopération au catalogue de la réunion, trouver des partenaires et suivre l’ordre du jour.
    
    Changez de langue à tout moment avec les boutons ci-dessous, ou avec /language.
start-welcome-back = 👋 Bon retour, { $name } !
start-resume = Reprenons là où vous vous étiez arrêté.
reg-intro = Inscrivons-vous : quelques questions brèves. /cancel arrête à tout moment ; « Retour » revient d’une étape.
menu-registered =
    Ce que vous pouvez faire maintenant :
    /profile — voir et modifier votre profil
    /language — changer de langue
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
dialog-current = Valeur actuelle : <i>{ $value }</i>
dialog-not-text = Ici, je ne lis que du texte. Écrivez votre réponse (je ne lis ni autocollants, ni photos, ni messages vocaux, ni fichiers).

## Erreurs
error-empty = La réponse est vide. Veuillez écrire quelque chose.
error-too-long = Cela fait { $length } caractères ; la limite est de { $max }. Veuillez raccourcir.
error-too-short = C’est trop court : au moins { $min } caractères, s’il vous plaît.
error-no-letters = Veuillez utiliser des lettres, pas seulement des chiffres, des symboles ou des emoji.
error-generic = Désolé, une erreur s’est produite de notre côté. Veuillez réessayer dans un instant.
error-unknown-command = Je ne connais pas cette commande. /help donne la liste des commandes disponibles.
error-group-chat = Bonjour ! Je ne fonctionne qu’en conversation privée : écrivez-moi directement, s’il vous plaît.
error-not-understood = Je n’ai pas compris. /help indique ce que je sais faire.
error-not-registered = Vous n’êtes pas encore inscrit. Envoyez /start pour vous inscrire (deux minutes).
error-not-allowed = Cette action est réservée aux organisateurs ou au Secrétariat de la réunion.

## Inscription
reg-ask-name = Quel est votre nom complet ? (jusqu’à { $max } caractères)
reg-ask-kind = Qui représentez-vous ?
reg-ask-organisation = Quel est le nom de votre organisation ? (jusqu’à { $max } caractères)
reg-ask-country-member = Quel État membre de l’OEA représentez-vous ? Choisissez ci-dessous ou écrivez son nom.
reg-ask-country-observer = Quel État observateur permanent représentez-vous ? Choisissez ci-dessous ou écrivez son nom.
reg-ask-country-organisation = Dans quel pays votre organisation a-t-elle son siège ? Écrivez son nom.
reg-ask-position = Quel est votre poste ou votre titre ? (jusqu’à { $max } caractères)
reg-ask-timezone =
    Quel fuseau horaire utiliser pour les rappels ? Nous proposons <b>{ $proposed }</b> ({ $zone }).
    Choisissez ci-dessous, ou écrivez une ville ou un fuseau comme « America/Lima ».
reg-ask-consent = Pouvons-nous communiquer vos coordonnées aux partenaires avec lesquels vous serez mis en relation ?
reg-country-pick = Plusieurs pays correspondent à « { $query } ». Lequel voulez-vous dire ?
reg-country-not-found = Je ne trouve aucun pays nommé « { $query } ». Vérifiez l’orthographe ou choisissez dans la liste.
reg-timezone-not-found = Je ne connais pas le fuseau horaire « { $query } ». Écrivez une ville (par exemple « Bogota ») ou un fuseau comme « America/Bogota ».
reg-done = ✅ Merci, { $name } : vous êtes inscrit.

## Types d'acteurs (termes de l'ordre du jour)
actor-member_state = État membre de l’OEA
actor-observer_state = État observateur permanent
actor-private_sector = Secteur privé
actor-foundation = Fondation
actor-academia = Milieux universitaires
actor-multilateral = Organisation multilatérale ou internationale
actor-ngo = Autre acteur non gouvernemental

## Domaines prioritaires (termes de l'ordre du jour)
area-digital = L’économie de la connaissance, virtuelle et numérique
area-msme = La reprise économique des MPME
area-education = L’éducation à l’ère numérique
area-work = L’avenir du travail et la récupération des emplois
area-climate = L’action climatique et le renforcement de la résilience
area-health = Les systèmes de santé

## Consentement
consent-direct = Oui, communiquer mes coordonnées
consent-secretariat = Seulement par l’intermédiaire du Secrétariat

## Langues
language-en = Anglais
language-es = Espagnol
language-fr = Français
language-pt = Portugais
language-ask = Choisissez votre langue :
language-set = C’est fait : je vous écrirai en français.

## Profil
profile-title = <b>Votre profil</b>
profile-line = { $field } : <b>{ $value }</b>
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
    /profile — voir et modifier votre profil
    /language — changer de langue
    /cancel — quitter le dialogue en cours
    /forget_me — supprimer vos données personnelles
    /help — cette liste
help-secretariat =
    <b>Secrétariat</b>
    /verify USER_ID — marquer l’affiliation d’un délégué comme vérifiée
    /unverify USER_ID — retirer cette marque
help-organiser =
    <b>Organisateurs</b>
    Les outils des organisateurs (diffusions, chiffres) arrivent avec les prochaines versions.

## M'oublier
forget-confirm = Supprimer vos données personnelles (nom, organisation, poste, fuseau horaire, consentement au partage) ? Les fiches du catalogue déjà approuvées restent au catalogue, présentées comme venant d’un délégué anonyme.
forget-yes = Oui, supprimer mes données
forget-no = Non, les garder
forget-done = Vos données personnelles ont été supprimées. Les fiches approuvées du catalogue restent, anonymisées. Envoyez /start si vous souhaitez vous réinscrire.
forget-kept = Rien n’a été supprimé.
forget-nothing = Je ne détiens aucune donnée personnelle vous concernant.

## Vérification (Secrétariat)
verify-usage = Utilisation : /verify USER_ID (l’identifiant Telegram du délégué).
verify-done = ✔️ { $name } ({ $user }) est désormais marqué comme vérifié.
unverify-done = { $name } ({ $user }) n’est plus marqué comme vérifié.
verify-unknown = Aucun délégué inscrit n’a l’identifiant { $user }.

## Menu des commandes
cmd-start = Accueil et inscription
cmd-profile = Voir et modifier votre profil
cmd-language = Changer de langue
cmd-help = Toutes les commandes
cmd-cancel = Quitter le dialogue en cours
cmd-forget_me = Supprimer mes données personnelles
cmd-verify = Marquer un délégué comme vérifié
cmd-unverify = Retirer une vérification
