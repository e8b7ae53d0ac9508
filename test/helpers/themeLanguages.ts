/**
 * Comment material for the theme tests, per language: planted detractor and
 * promoter themes (several phrasings each, and the words that identify them
 * in a listed theme), unplanted general praise and complaint, and neutral
 * filler that both sides write alike.
 */

/** A planted theme: ways to say it, and the words by which a listed theme is recognised as it. */
export interface PlantedTheme {
  name: string;
  phrasings: string[];
  markers: string[];
}

/** The material of one language. */
export interface LanguageMaterial {
  detractorThemes: PlantedTheme[];
  promoterThemes: PlantedTheme[];
  complaints: string[];
  praise: string[];
  filler: string[];
  /** Chinese and Japanese: no spaces, themes are matched as substrings. */
  cjk?: boolean;
}

export const LANGUAGES: Record<string, LanguageMaterial> = {
  en: {
    detractorThemes: [
      {
        name: 'slow support',
        phrasings: ['Support is slow', 'slow support', 'The support team is so slow to answer', 'Support was slow again', 'Waited days, support is really slow', 'slow support, every time'],
        markers: ['slow', 'support'],
      },
      {
        name: 'too expensive',
        phrasings: ['Too expensive', 'The price is too high', 'Expensive for what it does', 'Prices went up, too expensive now', 'price is high'],
        markers: ['expensive', 'price', 'prices', 'high'],
      },
    ],
    promoterThemes: [
      {
        name: 'easy to use',
        phrasings: ['Easy to use', 'so easy to use', 'Really easy to set up', 'very easy interface', 'easy!'],
        markers: ['easy', 'interface', 'set'],
      },
      {
        name: 'friendly staff',
        phrasings: ['Friendly staff', 'The staff were friendly and helpful', 'staff is always friendly', 'very friendly people'],
        markers: ['friendly', 'staff', 'helpful', 'people'],
      },
    ],
    complaints: ['Not happy', 'Disappointed.', 'would not recommend', 'Meh'],
    praise: ['Love it', 'Great product!', 'Keep it up', 'Amazing'],
    filler: ['I have been a customer for two years', 'Our team runs reports with it', 'mostly for invoices', 'The app on my phone', 'Bought it last month', 'My manager chose it', 'we switched from another tool last spring', 'Nothing else to add', 'Thanks', 'we are a small shop in Leeds'],
  },
  de: {
    detractorThemes: [
      {
        name: 'Preis zu hoch',
        phrasings: ['Preis zu hoch', 'Der Preis ist viel zu hoch', 'Zu teuer, der Preis ist hoch', 'Die Preise sind zu hoch geworden', 'Preis? Viel zu hoch!'],
        markers: ['preis', 'preise', 'hoch', 'teuer'],
      },
      {
        name: 'Lieferung dauert zu lange',
        phrasings: ['Lieferung dauert zu lange', 'Die Lieferung war langsam', 'lange Lieferzeit', 'Lieferung kam zu spät', 'Die Lieferung dauert ewig'],
        markers: ['lieferung', 'lange', 'langsam', 'lieferzeit', 'spät', 'dauert', 'ewig'],
      },
    ],
    promoterThemes: [
      {
        name: 'freundlicher Kundenservice',
        phrasings: ['Sehr freundlicher Kundenservice', 'Der Kundenservice ist freundlich und kompetent', 'freundliche Mitarbeiter im Kundenservice', 'Kundenservice top'],
        markers: ['freundlich', 'freundlicher', 'freundliche', 'kundenservice', 'mitarbeiter', 'kompetent', 'top'],
      },
      {
        name: 'einfach zu bedienen',
        phrasings: ['Einfach zu bedienen', 'Die App ist einfach und übersichtlich', 'sehr einfache Bedienung', 'Bedienung ist super einfach'],
        markers: ['einfach', 'einfache', 'bedienen', 'bedienung', 'übersichtlich', 'app', 'super'],
      },
    ],
    complaints: ['Enttäuscht', 'Nicht zufrieden', 'Würde es nicht empfehlen'],
    praise: ['Alles bestens!', 'Weiter so', 'Sehr gut'],
    filler: ['Ich bin seit zwei Jahren Kunde', 'Wir nutzen es im Büro', 'Habe es letzten Monat gekauft', 'Mein Chef hat es ausgesucht', 'Nutze es fast täglich', 'Sonst nichts', 'Danke', 'Kein weiterer Kommentar', 'Wir sind ein kleiner Laden in Köln'],
  },
  fr: {
    detractorThemes: [
      {
        name: 'service client lent',
        phrasings: ['Le service client est lent', 'service client trop lent', 'Très lent pour répondre, le service client', 'attente interminable au service client', 'service client lent'],
        markers: ['service', 'client', 'lent', 'attente', 'interminable', 'répondre'],
      },
      {
        name: 'prix trop élevé',
        phrasings: ['Prix trop élevé', 'Le prix est trop élevé', "Trop cher pour ce que c'est", 'Les prix ont augmenté, trop cher', 'prix élevé'],
        markers: ['prix', 'élevé', 'cher', 'augmenté'],
      },
    ],
    promoterThemes: [
      {
        name: 'livraison rapide',
        phrasings: ['Livraison rapide', 'Livraison très rapide et soignée', 'Reçu rapidement, livraison parfaite', 'la livraison était rapide'],
        markers: ['livraison', 'rapide', 'rapidement', 'soignée', 'reçu', 'parfaite'],
      },
      {
        name: 'équipe sympathique',
        phrasings: ['Équipe très sympathique', "Personnel sympathique et à l'écoute", 'Une équipe sympa et compétente'],
        markers: ['équipe', 'sympathique', 'sympa', 'personnel', 'écoute', 'compétente'],
      },
    ],
    complaints: ['Déçu', 'Pas satisfait du tout', 'Je ne recommande pas'],
    praise: ['Génial', 'Parfait !', 'Bravo'],
    filler: ['Client depuis deux ans', 'Nous travaillons avec au bureau', 'Acheté le mois dernier', 'Rien à ajouter', 'Merci', 'Mon chef a choisi cet outil', 'Nous sommes une petite boutique à Lyon'],
  },
  es: {
    detractorThemes: [
      {
        name: 'atención al cliente lenta',
        phrasings: ['La atención al cliente es lenta', 'Atención muy lenta', 'Tardan mucho en responder, atención lenta', 'atencion al cliente lentisima', 'atención lenta'],
        markers: ['atención', 'atencion', 'cliente', 'lenta', 'lentisima', 'tardan', 'responder'],
      },
      {
        name: 'precio caro',
        phrasings: ['Precio muy caro', 'El precio es demasiado alto', 'Demasiado caro para lo que ofrece', 'Subieron el precio, caro'],
        markers: ['precio', 'caro', 'alto', 'demasiado', 'subieron', 'ofrece'],
      },
    ],
    promoterThemes: [
      {
        name: 'fácil de usar',
        phrasings: ['Fácil de usar', 'Muy fácil de usar', 'La aplicación es fácil e intuitiva', 'facil de usar'],
        markers: ['fácil', 'facil', 'usar', 'intuitiva', 'aplicación'],
      },
      {
        name: 'personal amable',
        phrasings: ['Personal muy amable', 'El personal es amable y atento', 'Trato amable del equipo'],
        markers: ['personal', 'amable', 'atento', 'trato', 'equipo'],
      },
    ],
    complaints: ['Decepcionado', 'No lo recomiendo', 'Mal'],
    praise: ['Excelente', 'Muy contento', 'Genial'],
    filler: ['Soy cliente desde hace dos años', 'Lo usamos en la oficina', 'Lo compré el mes pasado', 'Nada más que añadir', 'Gracias', 'Mi jefe lo eligió', 'Somos una tienda pequeña en Sevilla'],
  },
  pt: {
    detractorThemes: [
      {
        name: 'entrega atrasada',
        phrasings: ['Entrega atrasada', 'A entrega demorou muito', 'Entrega sempre atrasa', 'Demora na entrega'],
        markers: ['entrega', 'atrasada', 'demorou', 'atrasa', 'demora'],
      },
      {
        name: 'suporte ruim',
        phrasings: ['Suporte ruim', 'O suporte é muito ruim', 'Suporte não resolve nada', 'Péssimo suporte'],
        markers: ['suporte', 'ruim', 'resolve', 'péssimo'],
      },
    ],
    promoterThemes: [
      {
        name: 'preço justo',
        phrasings: ['Preço justo', 'Ótimo preço', 'O preço é justo', 'Preço acessível'],
        markers: ['preço', 'justo', 'ótimo', 'acessível'],
      },
      {
        name: 'aplicativo prático',
        phrasings: ['Aplicativo prático', 'O aplicativo é prático e rápido', 'Muito prático de usar'],
        markers: ['aplicativo', 'prático', 'rápido', 'usar'],
      },
    ],
    complaints: ['Decepcionado', 'Não recomendo', 'Insatisfeito'],
    praise: ['Excelente', 'Adorei', 'Muito bom'],
    filler: ['Sou cliente há dois anos', 'Usamos no escritório', 'Comprei no mês passado', 'Nada a acrescentar', 'Obrigado', 'Meu chefe escolheu', 'Somos uma loja pequena em Recife'],
  },
  zh: {
    cjk: true,
    detractorThemes: [
      { name: '客服太慢', phrasings: ['客服太慢了', '客服回复很慢', '联系客服要等很久', '客服速度慢'], markers: ['客服', '慢', '等很久'] },
      { name: '价格太贵', phrasings: ['价格太贵', '价格有点贵', '太贵了，价格偏高', '价格偏高'], markers: ['价格', '贵', '偏高'] },
    ],
    promoterThemes: [
      { name: '界面简洁', phrasings: ['界面简洁', '界面很简洁', '操作简单，界面清晰'], markers: ['界面', '简洁', '简单', '清晰', '操作'] },
      { name: '发货快', phrasings: ['发货快', '发货很快', '物流快，发货及时'], markers: ['发货', '物流', '及时', '快'] },
    ],
    complaints: ['不满意', '失望', '不推荐'],
    praise: ['非常好', '满意', '推荐'],
    filler: ['用了两年了', '公司在用', '上个月买的', '没有其他意见', '谢谢', '朋友介绍的', '我们是杭州的小店'],
  },
};
