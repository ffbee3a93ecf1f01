"""Spanish web debris, as data for :mod:`newsloom.clean` (see ``newsloom/lang/en/clean.py`` for the format).

Whole-line patterns, case-insensitive, unless said otherwise.
"""

# Page furniture: compartir, suscripción, publicidad, tiempo de lectura, derechos.
LINES = [
    r"compartir(?: (?:esta noticia|este artículo|en [\w .]{1,30}|por (?:e-?mail|correo)))?",
    r"copiar (?:el )?enlace",
    r"imprimir(?: (?:esta noticia|este artículo))?",
    r"escuchar (?:esta noticia|este artículo|la noticia).{0,30}",
    r"suscr[ií]b(?:e|ete|ase|irse)(?: (?:ahora|aquí|ya))?[.!]?",
    r"suscr[ií]b(?:ete|ase) (?:a|al|para) .{0,120}",
    r"(?:recibe|reciba) (?:nuestro|nuestros|nuestra) (?:boletín|boletines|newsletter).{0,80}",
    r"síguenos en .{1,60}",
    r"(?:¿)?ya (?:eres|es) (?:suscriptor|suscriptora)\??.{0,40}",
    r"(?:esta|ésta) es tu (?:última|ultima) noticia.{0,80}",
    r"has (?:alcanzado|llegado a) (?:el|tu) límite de (?:noticias|artículos).{0,80}",
    r"(?:este|esta) (?:artículo|noticia|contenido) es exclusiv[oa] para (?:suscriptores|socios).{0,60}",
    r"publicidad|contenido patrocinado",
    r"todos los derechos reservados\.?", r"copyright\s*(?:©\s*)?\d{4}.{0,100}",
    # tiempo de lectura: "Lectura: 3 min", "3 minutos de lectura", "Tiempo de lectura: 4 min"
    r"(?:tiempo de )?lectura\s*:?\s*\d{1,2}\s*(?:min|min\.|minutos?)",
    r"\d{1,2}\s*(?:min|min\.|minutos?)\s*de lectura",
    # muro de pago y contador de noticias gratuitas
    r"(?:te|le) quedan? \d{1,3} (?:noticias|artículos) (?:gratis|gratuit[oa]s).{0,80}",
    r"(?:hazte|suscríbete y hazte) (?:suscriptor|socio)[.!]?.{0,80}",
    # avisos de cookies y de boletines
    r"(?:utilizamos|usamos) cookies\W.{10,280}", r"(?:este|nuestro) (?:sitio|portal)(?: web)? (?:utiliza|usa) cookies\W.{0,280}",
    r"(?:aceptar|rechazar|configurar|gestionar|personalizar) (?:todas las |las )?cookies",
    r"política de cookies", r"aceptar y (?:cerrar|continuar)",
    r"(?:apúntate|suscríbete|regístrate) (?:a|en) (?:nuestra|nuestro|la|el) (?:newsletter|boletín).{0,80}",
    r"(?:recibe|reciba) (?:las noticias|lo último|la actualidad) en tu (?:correo|email|e-mail).{0,60}",
]

STAMP_LABELS = [
    r"(?:publicado|actualizado|modificado)\s*(?:el|a las)?\s*:?",
    r"(?:primera|última|ultima) (?:modificación|modificacion|actualización|actualizacion)\s*:?",
]

DATE_WORDS = [
    r"enero|ene\.?", r"febrero|feb\.?", r"marzo|mar\.?", r"abril|abr\.?", r"mayo|may\.?", r"junio|jun\.?",
    r"julio|jul\.?", r"agosto|ago\.?", r"septiembre|setiembre|sept?\.?", r"octubre|oct\.?", r"noviembre|nov\.?",
    r"diciembre|dic\.?",
    r"lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo",
    r"el|de|del|a las|a la|las|y|hace|horas?|h|hora de madrid|cet|cest",
]

TEASERS = [
    r"(?:lea|lee|leer|vea|ver) (?:también|tambien|además|ademas)", r"te puede interesar", r"le puede interesar",
    r"(?:noticia|noticias) relacionadas?\s*:", r"relacionad[oa]s?\s*:", r"más información\s*:", r"leer más",
    r"(?:quizás|quizá|tal vez) te interese",
]

LIST_HEADINGS = [
    r"lo más (?:leído|leido|visto|comentado|compartido|popular)(?: hoy| de la semana)?",
    r"(?:las |los )?más (?:leídas|leídos|leidas|vistas|vistos|comentadas|comentados|compartidas|populares)",
    r"(?:noticias|artículos) relacionad[oa]s", r"últimas noticias", r"te recomendamos", r"también te puede interesar",
]

COMMENT_FORM = [
    r"deja (?:una respuesta|un comentario)(?: cancelar (?:la )?respuesta)?",
    r"cancelar (?:la )?respuesta",
    r"tu (?:dirección de )?correo electrónico no será publicad[oa]\.?(?:\s*los campos (?:obligatorios|requeridos) están marcados con\s*\*?\.?)?",
    r"los campos (?:obligatorios|requeridos) están marcados con\s*\*?\.?",
    r"guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente\.?",
    r"debes (?:iniciar sesión|estar registrado) para (?:publicar|escribir) un comentario\.?",
    r"publicar (?:el )?comentario",
]

FORM_FIELDS = [
    r"comentarios?\s*\*?", r"nombre\s*\*?", r"(?:correo electrónico|e-?mail)\s*\*?", r"(?:web|sitio web)\s*\*?",
]

CREDIT_WORDS = [r"Foto", r"Fotos", r"Fotografía", r"Imagen", r"Crédito", r"Créditos"]

AGENCIES = [r"EFE", r"Europa Press", r"EP", r"Notimex", r"Télam", r"Cuartoscuro"]

NAME_PARTICLES = [r"de", r"del", r"de la", r"y"]
