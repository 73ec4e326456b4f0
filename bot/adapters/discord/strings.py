"""The Discord adapter's own words (fr/en), added to the catalogue by the adapter's
constructor. Command and option texts come from each feature's strings, not from here."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "discord.done": {"fr": "C'est noté.", "en": "Done."},
    "discord.elsewhere": {
        "fr": "Ce bot sert uniquement le serveur du Focus. Retrouvez-nous là-bas !",
        "en": "This bot serves the Le Focus server only. Come and find us there!",
    },
    "discord.stale": {
        "fr": "Cette commande vient de changer ; réessayez dans une minute.",
        "en": "This command has just changed; please try again in a minute.",
    },
    "discord.bad_value": {
        "fr": "Cette valeur n'est pas acceptée ici ; vérifiez l'option et réessayez.",
        "en": "That value isn't accepted here; check the option and try again.",
    },
    "discord.image_name": {"fr": "image", "en": "image"},
    "discord.image_option": {"fr": "Une image (affiche) jointe à la commande",
                             "en": "A picture (poster) sent with the command"},
    "discord.form_late": {
        "fr": "Le formulaire n'a pas pu s'ouvrir à temps ; relancez la commande, s'il vous "
              "plaît.",
        "en": "The form could not open in time; please run the command again.",
    },
}
