"""A wider labelled set for matching: themes far beyond the thesaurus, needs written as problems.

Run to regenerate matching_wide_dev.jsonl / _labels.json (for tuning) and
matching_holdout.jsonl / _labels.json (kept aside: never looked at while tuning).

What a ministry of planning, social development, environment, justice or culture might
ask for, in everyday words (the problem it faces, not the name of a solution), as typed on
a phone (missing accents, typos), against offers that name a solution, in another
language as a rule. Distractor offers share words but not meaning.
"""

from __future__ import annotations

import json
from itertools import permutations
from pathlib import Path

HERE = Path(__file__).parent

# theme: (need, [relevant offers]); each item: (id, language, country, area, title, description)
Item = tuple[str, str, str, str | None, str, str]

THEMES: list[tuple[Item, list[Item]]] = [
    (
        (
            "w01",
            "es",
            "HN",
            None,
            "Los campesinos no pueden probar que la tierra es suya",
            "Muchas familias rurales trabajan parcelas heredadas sin ningun papel y los bancos no les prestan ni pueden defenderse cuando alguien reclama.",
        ),
        [
            (
                "x01",
                "fr",
                "FR",
                None,
                "Modernisation du cadastre et sécurisation foncière",
                "Appui à la numérisation du cadastre, au bornage des parcelles et à la délivrance de titres de propriété pour les petits exploitants.",
            )
        ],
    ),
    (
        (
            "w02",
            "pt",
            "BR",
            None,
            "Muitas mulheres não denunciam as agressões em casa",
            "As vítimas têm medo, a delegacia fica longe e ninguém acompanha o caso depois da queixa.",
        ),
        [
            (
                "x02",
                "en",
                "CA",
                None,
                "Integrated response centres for survivors of gender-based violence",
                "One-stop centres where police, prosecutors, health and social workers attend survivors of domestic and sexual violence in a single place, with a 24-hour hotline.",
            )
        ],
    ),
    (
        (
            "w03",
            "fr",
            "HT",
            None,
            "Nos prisons débordent",
            "La plupart des détenus attendent leur procès depuis des années, parfois pour de petits vols, dans des cellules surpeuplées.",
        ),
        [
            (
                "x03",
                "es",
                "CL",
                None,
                "Alternativas a la prisión preventiva",
                "Experiencia en medidas cautelares no privativas de libertad, monitoreo electrónico y audiencias rápidas para reducir el hacinamiento carcelario.",
            )
        ],
    ),
    (
        (
            "w04",
            "en",
            "JM",
            None,
            "Half the water we pump never reaches a paying customer",
            "Old pipes leak everywhere and illegal connections are common; the utility is losing money and towns still get water only twice a week.",
        ),
        [
            (
                "x04",
                "pt",
                "BR",
                None,
                "Redução de perdas em redes de abastecimento de água",
                "Assistência técnica a companhias de saneamento: setorização, detecção de vazamentos, macromedição e combate a ligações clandestinas.",
            )
        ],
    ),
    (
        (
            "w05",
            "en",
            "BB",
            None,
            "Brown seaweed piling up on our beaches",
            "Every summer tons of rotting weed cover the shore, it smells, hotels get cancellations and fishermen cannot go out.",
        ),
        [
            (
                "x05",
                "es",
                "MX",
                None,
                "Gestión integral del sargazo",
                "Barreras de contención en el mar, recolección en playas y aprovechamiento del sargazo como fertilizante y material de construcción.",
            )
        ],
    ),
    (
        (
            "w06",
            "es",
            "DO",
            None,
            "Los archivos historicos se mojaron con el huracan",
            "Documentos coloniales y registros del siglo XIX quedaron húmedos y se están llenando de hongos, no tenemos quien sepa salvarlos.",
        ),
        [
            (
                "x06",
                "fr",
                "FR",
                None,
                "Conservation préventive et restauration du patrimoine documentaire",
                "Formation de restaurateurs, traitement des archives après sinistre (séchage, désinfection), numérisation des fonds anciens.",
            )
        ],
    ),
    (
        (
            "w07",
            "pt",
            "PY",
            None,
            "Motoqueiros morrendo nas estradas",
            "Quase todo dia um jovem morre de moto, muitos sem capacete, e não temos dados confiáveis sobre os acidentes.",
        ),
        [
            (
                "x07",
                "en",
                "US",
                None,
                "Road safety observatory and helmet-use campaigns",
                "Setting up a national crash data system, enforcement of helmet and speed laws and awareness campaigns aimed at young motorcyclists.",
            )
        ],
    ),
    (
        (
            "w08",
            "en",
            "BZ",
            None,
            "We have not counted our population since 2010",
            "Ministries plan schools and clinics with figures that are more than a decade old, and we do not know how many people live in each village.",
        ),
        [
            (
                "x08",
                "es",
                "CO",
                None,
                "Asistencia técnica para censos de población y vivienda",
                "Acompañamiento del instituto nacional de estadística en el diseño, la cartografía, el levantamiento digital y el procesamiento de un censo.",
            )
        ],
    ),
    (
        (
            "w09",
            "fr",
            "HT",
            None,
            "Les marchés publics sont opaques",
            "On soupçonne des pots-de-vin dans l'attribution des contrats de l'État, personne ne peut savoir qui a gagné et à quel prix.",
        ),
        [
            (
                "x09",
                "pt",
                "BR",
                None,
                "Portal de compras públicas eletrônicas",
                "Plataforma de licitações on-line com dados abertos sobre contratos, preços e fornecedores, e controle social das compras do governo.",
            )
        ],
    ),
    (
        (
            "w10",
            "es",
            "GT",
            None,
            "El basurero municipal esta a cielo abierto y se quema",
            "El humo llega a las escuelas, los perros y los niños buscan comida entre la basura y los lixiviados bajan al rio.",
        ),
        [
            (
                "x10",
                "en",
                "US",
                None,
                "Closing open dumps and building sanitary landfills",
                "Engineering support to close and cap open dumpsites, design sanitary landfills with leachate treatment and organise municipal waste collection.",
            ),
            (
                "x10b",
                "pt",
                "BR",
                None,
                "Inclusão de catadores na coleta seletiva",
                "Cooperativas de catadores de materiais recicláveis contratadas pelos municípios para a coleta seletiva e o fechamento de lixões.",
            ),
        ],
    ),
    (
        (
            "w11",
            "pt",
            "UY",
            None,
            "Cada vez mais idosos vivem sozinhos sem ninguém para cuidar",
            "As famílias são pequenas, os filhos migraram e os idosos dependentes ficam sem atenção.",
        ),
        [
            (
                "x11",
                "fr",
                "FR",
                None,
                "Système national de soins pour les personnes âgées dépendantes",
                "Partage de l'expérience d'une politique de prise en charge de la dépendance : aides à domicile, formation des aidants, établissements d'accueil.",
            )
        ],
    ),
    (
        (
            "w12",
            "en",
            "HN",
            None,
            "Children leave school to work on coffee farms during the harvest",
            "Entire families move to the plantations for three months and the kids pick coffee instead of going to class.",
        ),
        [
            (
                "x12",
                "es",
                "CR",
                None,
                "Erradicación del trabajo infantil en cadenas agrícolas",
                "Centros de cuido durante la cosecha, inspección laboral y certificación de fincas cafetaleras libres de trabajo infantil.",
            )
        ],
    ),
    (
        (
            "w13",
            "fr",
            "HT",
            None,
            "Nos tomates pourrissent avant d'arriver au marché",
            "Les paysans perdent presque la moitié de leur récolte à cause de la chaleur, des routes et du manque d'entrepôts.",
        ),
        [
            (
                "x13",
                "pt",
                "BR",
                None,
                "Cadeia de frio e redução de perdas pós-colheita",
                "Transferência de tecnologia em armazenagem refrigerada, embalagens e logística para hortaliças e frutas de pequenos produtores.",
            )
        ],
    ),
    (
        (
            "w14",
            "es",
            "SV",
            "climate",
            "Llueve cada vez menos y los pequeños agricultores pierden las cosechas",
            "En el corredor seco las siembras de maíz y frijol se pierden casi todos los años por falta de agua.",
        ),
        [
            (
                "x14",
                "en",
                "IL",
                "climate",
                "Drip irrigation and rainwater harvesting for smallholders",
                "Low-cost drip kits, farm ponds and training so that small farms can keep producing through long dry spells.",
            )
        ],
    ),
    (
        (
            "w15",
            "pt",
            "BR",
            None,
            "Migrantes chegam sem documentos e não conseguem atendimento",
            "Na fronteira, famílias inteiras não podem matricular os filhos nem ir ao posto de saúde porque não têm nenhum papel.",
        ),
        [
            (
                "x15",
                "es",
                "EC",
                None,
                "Registro y documentación de personas migrantes",
                "Brigadas móviles de registro, documento provisorio de identidad y acceso a servicios públicos para población migrante y refugiada.",
            )
        ],
    ),
    (
        (
            "w16",
            "en",
            "GT",
            "work",
            "Deported nationals come home with no job and no prospects",
            "Thousands of people return every month on deportation flights and many end up unemployed or trying to leave again.",
        ),
        [
            (
                "x16",
                "fr",
                "FR",
                "work",
                "Réinsertion socioprofessionnelle des migrants de retour",
                "Accueil, validation des compétences acquises à l'étranger, formation et aide à la création d'activité pour les personnes rentrées au pays.",
            )
        ],
    ),
    (
        (
            "w17",
            "en",
            "BS",
            None,
            "Lionfish are eating all the small fish on our reefs",
            "Our fishers see fewer snappers and groupers every year and the reef is full of this striped fish nobody wants to eat.",
        ),
        [
            (
                "x17",
                "pt",
                "BR",
                None,
                "Controle do peixe-leão invasor",
                "Protocolos de captura, capacitação de mergulhadores e promoção do consumo do peixe-leão em restaurantes para controlar a espécie invasora.",
            )
        ],
    ),
    (
        (
            "w18",
            "fr",
            "HT",
            None,
            "Les coupures de courant paralysent les commerces",
            "L'électricité ne vient que quelques heures par jour, les boutiques et les dispensaires tournent avec des génératrices qui coûtent cher.",
        ),
        [
            (
                "x18",
                "en",
                "DE",
                "climate",
                "Solar mini-grids with battery storage",
                "Design and financing of community solar mini-grids with batteries to give towns reliable power around the clock.",
            )
        ],
    ),
    (
        (
            "w19",
            "es",
            "PE",
            None,
            "La gente pasa tres horas al dia en el bus",
            "Los buses son viejos, van llenos, cada empresa cobra su pasaje y nadie coordina las rutas de la ciudad.",
        ),
        [
            (
                "x19",
                "pt",
                "BR",
                None,
                "Sistemas BRT e integração tarifária do transporte coletivo",
                "Experiência de Curitiba em corredores exclusivos de ônibus, bilhete único e reorganização das linhas urbanas.",
            )
        ],
    ),
    (
        (
            "w20",
            "pt",
            "CV",
            None,
            "Nossos artistas não conseguem viver da música",
            "Os músicos tocam em todo lado mas ninguém paga direitos, e as músicas circulam na internet sem gerar renda.",
        ),
        [
            (
                "x20",
                "fr",
                "CA",
                None,
                "Économie créative : droits d'auteur et exportation de la musique",
                "Mise en place d'une société de gestion collective des droits, formation des artistes aux plateformes de diffusion et aide à l'exportation.",
            )
        ],
    ),
    (
        (
            "w21",
            "en",
            "TT",
            None,
            "Teenagers join gangs because there is nothing to do after school",
            "In our poorer neighbourhoods boys of 13 or 14 are recruited by gangs; there are no sports fields, no music classes, no youth centres.",
        ),
        [
            (
                "x21",
                "es",
                "CO",
                None,
                "Deporte y cultura para prevenir la violencia juvenil",
                "Escuelas de fútbol, orquestas y casas de la cultura en barrios vulnerables, con mentores que acompañan a los jóvenes en riesgo.",
            )
        ],
    ),
    (
        (
            "w22",
            "es",
            "GT",
            "health",
            "Todavia mueren mujeres al dar a luz en comunidades indigenas",
            "Las comunidades quedan lejos del hospital, las mujeres no confían en el personal y llegan tarde cuando hay complicaciones.",
        ),
        [
            (
                "x22",
                "pt",
                "BR",
                "health",
                "Casas de parto e parteiras tradicionais integradas ao sistema de saúde",
                "Formação de parteiras tradicionais, casas de espera perto dos hospitais e atenção ao parto respeitando a cultura indígena.",
            )
        ],
    ),
    (
        (
            "w23",
            "pt",
            "MZ",
            None,
            "Arrecadamos pouco imposto e a sonegação é enorme",
            "A maioria das empresas não declara as vendas e o Estado não tem dinheiro para os serviços básicos.",
        ),
        [
            (
                "x23",
                "en",
                "CL",
                None,
                "Electronic invoicing to fight tax evasion",
                "Rolling out mandatory e-invoicing, data cross-checks and risk-based audits in the national tax administration.",
            )
        ],
    ),
    (
        (
            "w24",
            "es",
            "HN",
            "climate",
            "desastres: las inundasiones nos agarran de sorpresa cada año",
            "El rio crece de noche y la gente no alcanza a salir, nadie avisa a tiempo a las comunidades de abajo.",
        ),
        [
            (
                "x24",
                "fr",
                "FR",
                "climate",
                "Systèmes d'alerte précoce aux catastrophes",
                "Réseaux de pluviomètres et d'hydrométrie, prévision des crues et diffusion d'alertes par SMS aux communautés exposées.",
            ),
            (
                "x24b",
                "en",
                "JP",
                "climate",
                "Community-based disaster risk reduction",
                "Training local committees in hazard maps, evacuation drills and emergency shelters before floods and landslides strike.",
            ),
        ],
    ),
    (
        (
            "w25",
            "en",
            "BB",
            "digital",
            "Scammers empty people's bank accounts with fake text messages",
            "Older people in particular receive messages that look like their bank and lose their savings; the police do not know how to investigate.",
        ),
        [
            (
                "x25",
                "es",
                "ES",
                "digital",
                "Unidad especializada en delitos informáticos y fraude electrónico",
                "Formación de policías y fiscales en ciberdelincuencia, análisis forense digital y cooperación con los bancos para bloquear fraudes.",
            )
        ],
    ),
    # --- kept aside from here on (holdout) ---
    (
        (
            "w26",
            "pt",
            "BO",
            "climate",
            "Queimadas todo ano destroem a floresta",
            "Na seca o fogo dos roçados escapa e queima milhares de hectares, os bombeiros não dão conta.",
        ),
        [
            (
                "x26",
                "es",
                "MX",
                "climate",
                "Manejo integral del fuego y brigadas comunitarias",
                "Capacitación de brigadas comunitarias, quemas prescritas, detección satelital de focos de calor y coordinación interinstitucional.",
            )
        ],
    ),
    (
        (
            "w27",
            "fr",
            "HT",
            "climate",
            "La mer avale nos plages et nos maisons au bord de l'eau",
            "Chaque année la côte recule de plusieurs mètres et les villages de pêcheurs doivent reculer.",
        ),
        [
            (
                "x27",
                "en",
                "US",
                "climate",
                "Mangrove restoration for coastal protection",
                "Replanting and protecting mangrove belts that break waves and stop coastal erosion, with community nurseries.",
            )
        ],
    ),
    (
        (
            "w28",
            "en",
            "JM",
            None,
            "Families build on hillsides that slide away when it rains",
            "Informal settlements keep growing on steep slopes and every rainy season houses collapse.",
        ),
        [
            (
                "x28",
                "pt",
                "BR",
                None,
                "Urbanização de favelas e reassentamento de áreas de risco",
                "Mapeamento de encostas, obras de contenção, habitação social e regularização de assentamentos informais.",
            )
        ],
    ),
    (
        (
            "w29",
            "es",
            "PY",
            None,
            "Un juicio tarda diez años",
            "Los expedientes son de papel, se pierden, y los ciudadanos ya no creen en la justicia.",
        ),
        [
            (
                "x29",
                "fr",
                "CA",
                None,
                "Tribunaux numériques et gestion électronique des dossiers judiciaires",
                "Dossier judiciaire électronique, audiences par visioconférence et suivi des délais pour réduire l'arriéré des tribunaux.",
            )
        ],
    ),
    (
        (
            "w30",
            "es",
            "GT",
            "education",
            "Los jovenes ya no hablan la lengua de sus abuelos",
            "En nuestras comunidades mayas los niños solo aprenden en español y el idioma se está perdiendo.",
        ),
        [
            (
                "x30",
                "pt",
                "BR",
                "education",
                "Revitalização de línguas indígenas",
                "Materiais didáticos bilíngues, formação de professores indígenas e registro de línguas ameaçadas com os anciãos.",
            )
        ],
    ),
    (
        (
            "w31",
            "pt",
            "DO",
            "health",
            "Meninas de 14 anos engravidando e largando a escola",
            "A gravidez na adolescência é muito alta nas periferias e as meninas não voltam a estudar.",
        ),
        [
            (
                "x31",
                "en",
                "US",
                "health",
                "Comprehensive sexuality education and youth-friendly health services",
                "Curricula for schools, trained counsellors and clinics where adolescents can get confidential advice and contraception.",
            )
        ],
    ),
    (
        (
            "w32",
            "en",
            "BS",
            "health",
            "Our kids drink soda all day and diabetes keeps going up",
            "Childhood obesity is rising fast and sugary drinks are cheaper than water in many shops.",
        ),
        [
            (
                "x32",
                "es",
                "CL",
                "health",
                "Etiquetado frontal de advertencia y impuesto a bebidas azucaradas",
                "Sellos negros en los envases, restricción de la publicidad dirigida a niños y un impuesto a las bebidas con azúcar.",
            )
        ],
    ),
    (
        (
            "w33",
            "fr",
            "HT",
            None,
            "Des bateaux étrangers pêchent dans nos eaux sans permis",
            "Nos pêcheurs voient de grands chalutiers la nuit et nous n'avons ni bateaux ni radars pour les contrôler.",
        ),
        [
            (
                "x33",
                "es",
                "CL",
                None,
                "Vigilancia satelital de la pesca ilegal",
                "Monitoreo satelital de embarcaciones, análisis de rutas sospechosas e inspección en puerto contra la pesca ilegal no declarada.",
            )
        ],
    ),
    (
        (
            "w34",
            "es",
            "PE",
            "msme",
            "Los turistas vienen pero el dinero no se queda en los pueblos",
            "Las agencias de la capital se llevan todo y las comunidades solo ven pasar los buses.",
        ),
        [
            (
                "x34",
                "en",
                "CR",
                "msme",
                "Community-based rural tourism",
                "Helping rural and indigenous communities run their own lodges, guides and craft shops so tourism income stays local.",
            )
        ],
    ),
    (
        (
            "w35",
            "en",
            "AR",
            "work",
            "Women earn much less than men for the same job",
            "Surveys show a wide pay gap and few women reach management, but companies say it is not their problem.",
        ),
        [
            (
                "x35",
                "pt",
                "BR",
                "work",
                "Selo de igualdade salarial e de gênero para empresas",
                "Certificação de empresas que fecham a diferença salarial entre homens e mulheres e promovem mulheres a cargos de direção.",
            )
        ],
    ),
    (
        (
            "w36",
            "pt",
            "BR",
            None,
            "Cadeirantes não conseguem entrar nos prédios públicos",
            "Escadas em todo lado, nenhum elevador, e as pessoas com deficiência ficam sem acesso aos serviços.",
        ),
        [
            (
                "x36",
                "fr",
                "FR",
                None,
                "Accessibilité universelle des bâtiments publics",
                "Diagnostics d'accessibilité, normes de construction, rampes et ascenseurs, signalétique pour les personnes en situation de handicap.",
            )
        ],
    ),
    (
        (
            "w37",
            "fr",
            "SN",
            None,
            "On ne sait pas quels programmes sociaux donnent des résultats",
            "Le budget est reconduit chaque année sans savoir si les aides aux familles changent quelque chose.",
        ),
        [
            (
                "x37",
                "en",
                "MX",
                None,
                "Results-based budgeting and evaluation of social programmes",
                "An independent council that evaluates social programmes, with indicators and impact evaluations that feed the budget.",
            )
        ],
    ),
    (
        (
            "w38",
            "es",
            "HN",
            None,
            "Cada ministerio tiene sus propias cifras y ninguna coincide",
            "Para planificar no sabemos en qué datos confiar, cada institución publica números distintos sobre lo mismo.",
        ),
        [
            (
                "x38",
                "en",
                "CA",
                None,
                "National statistical system coordination and open data",
                "A national statistics office that sets common standards for every ministry, a data calendar and an open data portal.",
            )
        ],
    ),
    (
        (
            "w39",
            "en",
            "GY",
            "health",
            "Stray dogs are biting children",
            "Packs of dogs roam the villages and we had two deaths from rabies last year.",
        ),
        [
            (
                "x39",
                "es",
                "MX",
                "health",
                "Vacunación antirrábica y esterilización de perros",
                "Jornadas masivas de vacunación canina, esterilización gratuita y vigilancia de la rabia en coordinación con los municipios.",
            )
        ],
    ),
    (
        (
            "w40",
            "es",
            "SV",
            "digital",
            "Mandar plata a la familia sale carisimo",
            "Los que trabajan afuera pagan comisiones altísimas para enviar dinero a sus familias.",
        ),
        [
            (
                "x40",
                "en",
                "US",
                "digital",
                "Low-cost digital remittance channels",
                "Mobile money and account-to-account transfers that cut the cost of sending remittances home.",
            )
        ],
    ),
    (
        (
            "w41",
            "fr",
            "HT",
            None,
            "L'argent de la drogue se blanchit dans l'immobilier",
            "Des immeubles poussent sans que personne ne sache d'où vient l'argent.",
        ),
        [
            (
                "x41",
                "pt",
                "BR",
                None,
                "Unidade de inteligência financeira contra a lavagem de dinheiro",
                "Capacitação para rastrear operações suspeitas, cooperação com cartórios e registro de beneficiários finais.",
            )
        ],
    ),
    (
        (
            "w42",
            "en",
            "TT",
            "climate",
            "Plastic bottles clog our rivers and drains",
            "After every heavy rain the streets flood because drains are blocked with plastic.",
        ),
        [
            (
                "x42",
                "fr",
                "CA",
                "climate",
                "Consigne et recyclage des emballages",
                "Système de consigne sur les bouteilles, points de collecte et filières de recyclage du plastique.",
            )
        ],
    ),
    (
        (
            "w43",
            "fr",
            "HT",
            None,
            "Beaucoup d'enfants n'ont pas d'acte de naissance",
            "Sans papier, ils ne peuvent pas passer les examens d'État ni plus tard voter.",
        ),
        [
            (
                "x43",
                "es",
                "PE",
                None,
                "Registro civil universal y oportuno",
                "Oficinas de registro en hospitales, campañas móviles en zonas rurales e inscripción gratuita de nacimientos.",
            )
        ],
    ),
    (
        (
            "w44",
            "pt",
            "AO",
            None,
            "Nossas escolas não têm internet nem computador",
            "Os alunos das zonas rurais ficaram sem aula na pandemia porque ninguém tinha como estudar em casa.",
        ),
        [
            (
                "x44",
                "es",
                "UY",
                "education",
                "Una computadora por niño y conectividad escolar",
                "Entrega de laptops a estudiantes y docentes, conexión de escuelas rurales y plataformas educativas en línea.",
            )
        ],
    ),
    (
        (
            "w45",
            "en",
            "DM",
            "health",
            "After the hurricane people cannot sleep and children are scared",
            "Months later many survivors still have nightmares and panic attacks, and we have two psychologists for the whole island.",
        ),
        [
            (
                "x45",
                "es",
                "CU",
                "health",
                "Atención psicosocial en emergencias",
                "Equipos de salud mental que brindan primeros auxilios psicológicos y acompañamiento a comunidades afectadas por desastres.",
            )
        ],
    ),
]

HOLDOUT_FROM = "w26"

# Offers that share words with the needs above but not their meaning.
DISTRACTORS: list[Item] = [
    (
        "d01",
        "en",
        "US",
        None,
        "Water sports and beach tourism promotion",
        "Marketing campaigns for surfing, diving and sailing destinations to attract more visitors to the beaches.",
    ),
    (
        "d02",
        "es",
        "AR",
        None,
        "Donación de equipos de bomberos urbanos",
        "Entrega de camiones y trajes para cuerpos de bomberos de ciudades grandes.",
    ),
    (
        "d03",
        "fr",
        "FR",
        "education",
        "Échanges universitaires en musique classique",
        "Bourses pour des étudiants de conservatoire et résidences d'orchestre en Europe.",
    ),
    (
        "d04",
        "pt",
        "BR",
        "msme",
        "Crédito para frotas de táxi",
        "Linhas de financiamento para motoristas renovarem seus veículos.",
    ),
    (
        "d05",
        "en",
        "GB",
        None,
        "Land-based casino regulation",
        "Licensing and supervision of casinos and betting shops.",
    ),
    (
        "d06",
        "es",
        "ES",
        None,
        "Museos: digitalización de colecciones de arte",
        "Fotografía 3D de obras de arte y visitas virtuales para museos nacionales.",
    ),
    (
        "d07",
        "fr",
        "CA",
        "work",
        "Recrutement de travailleurs saisonniers agricoles",
        "Programme de migration temporaire de main-d'œuvre pour les récoltes au Canada.",
    ),
    (
        "d08",
        "pt",
        "PT",
        None,
        "Festival internacional de cinema",
        "Apoio à participação de realizadores latino-americanos num festival de cinema.",
    ),
    (
        "d09",
        "en",
        "US",
        "digital",
        "Bank branch network expansion",
        "Advisory services for commercial banks opening new branches.",
    ),
    (
        "d10",
        "es",
        "MX",
        None,
        "Construcción de estadios de fútbol",
        "Diseño de estadios para ligas profesionales.",
    ),
]


def _row(item: Item, kind: str) -> dict[str, object]:
    id_, language, country, area, title, description = item
    return {
        "id": id_,
        "kind": kind,
        "language": language,
        "country": country,
        "area": area,
        "title": title,
        "description": description,
    }


def _write(name: str, themes: list[tuple[Item, list[Item]]], distractors: list[Item]) -> None:
    rows, labels = [], {}
    for need, offers in themes:
        rows.append(_row(need, "need"))
        rows.extend(_row(o, "offer") for o in offers)
        labels[need[0]] = [o[0] for o in offers]
    rows.extend(_row(d, "offer") for d in distractors)
    with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    (HERE / f"{name}_labels.json").write_text(json.dumps(labels, indent=1) + "\n")


def language_pairs() -> set[tuple[str, str]]:
    """The (need language, offer language) pairs the whole set covers."""
    return {(need[1], offer[1]) for need, offers in THEMES for offer in offers}


if __name__ == "__main__":
    cut = next(i for i, (need, _) in enumerate(THEMES) if need[0] == HOLDOUT_FROM)
    _write("matching_wide_dev", THEMES[:cut], DISTRACTORS[:5])
    _write("matching_holdout", THEMES[cut:], DISTRACTORS[5:])
    missing = set(permutations(("en", "es", "fr", "pt"), 2)) - language_pairs()
    print(f"{len(THEMES)} themes; cross-language pairs missing: {sorted(missing) or 'none'}")
