"""The posters feature's strings, French first, then English."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "help.poster": {"fr": "ajouter l'affiche d'un événement (une image), ou la retirer",
                    "en": "add an event's poster (a picture), or remove it"},
    "example.poster": {"fr": "ex. une photo avec la légende /affiche 12",
                       "en": "e.g. a photo with the caption /poster 12"},
    "example.poster.discord": {
        "fr": "ex. /affiche avec 12 dans l'option « numero » et l'image dans l'option « image »",
        "en": "e.g. /poster with 12 in the \"number\" option and the picture in the \"image\" "
              "option"},
    "param.change": {"fr": "changement", "en": "change"},
    "optdesc.poster.event": {"fr": "Le numéro de l'événement", "en": "The event's number"},
    "optdesc.poster.change": {"fr": "retirer : enlever l'affiche actuelle",
                              "en": "remove: take the current poster off"},
    "word.change.remove": {"fr": "retirer", "en": "remove"},
    "choice.change.remove": {"fr": "Retirer l'affiche", "en": "Remove the poster"},
    "member_hint.poster": {
        "fr": "Les affiches sont ajoutées par l'équipe. Pour voir l'événement : "
              "/evenement {id}",
        "en": "Posters are added by the team. To see the event: /event {id}",
    },
    # -- answers -------------------------------------------------------------------------------
    "poster.attached": {
        "fr": "🖼 Affiche ajoutée à l'événement #{id}. {where} Pour en mettre une autre, "
              "refaites pareil avec une autre photo : elle remplace celle-ci ; pour la "
              "retirer : /affiche {id} retirer",
        "en": "🖼 Poster added to event #{id}. {where} To use another one, do the same with "
              "another photo: it replaces this one; to remove it: /poster {id} remove",
    },
    "poster.shown": {
        "fr": "Sa carte dans {count:# salon ou groupe|# salons ou groupes} d'annonce est "
              "mise à jour avec elle.",
        "en": "Its card in {count:# announcement channel or group|# announcement channels "
              "or groups} is updated with it.",
    },
    "poster.not_shown": {
        "fr": "L'événement n'est pas encore publié : /annoncer {id} publiera sa carte avec "
              "l'affiche.",
        "en": "The event is not published yet: /announce {id} will post its card with the "
              "poster.",
    },
    "poster.removed": {"fr": "Affiche retirée de l'événement #{id}.",
                       "en": "Poster removed from event #{id}."},
    "poster.removed_shown": {
        "fr": "Sa carte dans {count:# salon ou groupe|# salons ou groupes} d'annonce revient "
              "sans image.",
        "en": "Its card in {count:# announcement channel or group|# announcement channels "
              "or groups} goes back to no picture.",
    },
    "poster.bad_change": {
        "fr": "« {value} » : pour retirer l'affiche, tapez /affiche {event} retirer ; pour en "
              "mettre une, envoyez la photo avec /affiche {event} en légende.",
        "en": "\"{value}\": to take the poster off, type /poster {event} remove; to add one, "
              "send the photo with /poster {event} as its caption.",
    },
    "poster.picture_unused": {
        "fr": "La photo jointe n'a pas été mise : avec « retirer », elle ne sert pas. Pour "
              "qu'elle devienne l'affiche : /affiche {id} avec l'image, sans « retirer ».",
        "en": "The attached picture was not used: with \"remove\", it is left aside. To make "
              "it the poster: /poster {id} with the picture, without \"remove\".",
    },
    "poster.none": {"fr": "L'événement #{id} n'a pas d'affiche à retirer.",
                    "en": "Event #{id} has no poster to remove."},
    "poster.missing.telegram": {
        "fr": "Il manque l'image. Envoyez une photo avec « /affiche {id} » en légende, ou "
              "répondez à la photo par « /affiche {id} ».",
        "en": "The picture is missing. Send a photo with \"/poster {id}\" as its caption, or "
              "reply to the photo with \"/poster {id}\".",
    },
    "poster.missing.discord": {
        "fr": "Il manque l'image : joignez-la avec l'option « image » de /affiche.",
        "en": "The picture is missing: attach it with the \"image\" option of /poster.",
    },
    "poster.missing": {
        "fr": "Il manque l'image : envoyez une photo avec la commande, depuis Telegram ou "
              "Discord (ici, on ne peut pas joindre d'image).",
        "en": "The picture is missing: send a photo with the command, from Telegram or "
              "Discord (pictures cannot be attached here).",
    },
    "poster.cancelled": {
        "fr": "« {title} » (#{id}) est annulé : pas d'affiche pour lui. Pour le refaire à une "
              "autre date : /dupliquer {id} <quand>, puis /affiche sur le nouveau numéro.",
        "en": "\"{title}\" (#{id}) is cancelled: no poster for it. To hold it on another "
              "date: /duplicate {id} <when>, then /poster with the new number.",
    },
    "poster.not_an_image": {
        "fr": "Ce fichier n'est pas une image que je sais lire. Envoyez une photo (JPEG, PNG, "
              "WebP ou GIF), s'il vous plaît.",
        "en": "This file is not a picture I can read. Please send a photo (JPEG, PNG, WebP or "
              "GIF).",
    },
    "poster.too_many_pixels": {
        "fr": "Cette image est trop grande ({max} millions de pixels au plus). Une photo "
              "de téléphone ou une affiche réduite convient très bien.",
        "en": "This picture is too big ({max} million pixels at most). A phone photo or a "
              "smaller copy of the poster is just right.",
    },
    "poster.failed": {
        "fr": "Je n'ai pas réussi à traiter cette image, désolé. Essayez avec une autre photo "
              "ou une copie plus petite.",
        "en": "Sorry, I could not process this picture. Please try another photo or a smaller "
              "copy.",
    },
    # -- « /affiche » alone, from a phone's menu (`poster_alone`) -------------------------------
    "pick.header.posterpick": {"fr": "L'affiche de quel événement ? Touchez-le :",
                               "en": "The poster of which event? Tap it:"},
    "pick.button.posterpick": {"fr": "🖼 #{id} · {day} · {title}",
                               "en": "🖼 #{id} · {day} · {title}"},
    "pick.line.posterpick": {"fr": "Ou envoyez la photo avec la légende /affiche {id}",
                             "en": "Or send the photo with the caption /poster {id}"},
    "pick.then.posterpick": {
        "fr": "Pour « {title} » (#{id}) : envoyez la photo depuis Telegram avec la légende "
              "/affiche {id}, ou depuis Discord avec /affiche, numero {id} et l'image.",
        "en": "For \"{title}\" (#{id}): send the photo from Telegram with the caption /poster "
              "{id}, or from Discord with /poster, number {id} and the image."},
    "pick.then.posterpick.telegram": {
        "fr": "Pour « {title} » (#{id}), envoyez la photo avec la légende /affiche {id} (ou "
              "répondez à la photo par /affiche {id}).",
        "en": "For \"{title}\" (#{id}), send the photo with the caption /poster {id} (or reply "
              "to the photo with /poster {id})."},
    # -- on cards ------------------------------------------------------------------------------
    "card.poster": {"fr": "🖼 Affiche : {path}", "en": "🖼 Poster: {path}"},
}
