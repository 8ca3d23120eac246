"""Given names whose bearer's gender is all but certain, to tell who "she" or "he" can be.

A pronoun's antecedent is often one of two people the sentence before names: "Accepting the award
from Ron Howard, she drew laughs", "Brenda Fricker ... won best supporting actress ... She paid
tribute". A noun ("the actress", "Mr.") settles it when the writer gives one; this list settles
the common cases when they do not. Names worn by men and women alike in some language (Jean,
Andrea, Kim, Robin, Simone, Michele, Sasha, Leslie, ...) are left out on purpose: a wrong gender
would rule out the right person, which is worse than knowing nothing.
"""

from __future__ import annotations

from bot.news.extract.patterns import _words

FEMALE_GIVEN_NAMES = _words(
    """
    Agathe Ariana Celine Demi Nadine Renate Renee Renée Sissy
    Ada Adele Adèle Adriana Agnès Agnieszka Agnes Aida Aisha Alba Alice Alicia Alicja Alina Alison
    Allison Amanda Amber Amy Ana Anaïs Anamaria Anastasia Angela Angelina Angelica Anita Anjelica
    Ann Anna Annabella Anne Annette Annie Antonella Ariane Audrey Ava Barbara Beatrice Béatrice
    Bérénice Bette Beth Betty Bianca Brenda Bridget Brigitte Brie Britt Carla Carmen
    Carole Caroline Cate Catherine Cecilia Céline Charlize Charlotte Chiara Chloé Chloe Christina
    Christine Cindy Claire Clara Claudia Claudine Colleen Cynthia Daisy Debra Deborah
    Delphine Denise Diana Diane Dolores Donna Doris Dorothy Edith Elena Eleonora Elisabeth Elizabeth
    Ella Ellen Elsa Emilia Emily Emma Emmanuelle Erin Estelle Eva Eve Évelyne Fanny Faye Felicity
    Fernanda Fiona Florence Frances Françoise Gabrielle Gena Geraldine Giovanna Giulia Giulietta
    Gloria Golshifteh Grace Greta Gwyneth Halle Hanna Hannah Helen Helena Hélène Hilary Holly
    Ida Ilse Ines Inès Ingrid Irene Irène Isabel Isabella Isabelle Jacqueline Jane Janet Janine
    Jeanne Jennifer Jessica Jessie Jill Joan Joanna Jodie Johanna Josephine Joséphine Judi Judith
    Judy Julia Julianne Julie Juliet Juliette Julieta Kate Katharine Katherine Kathleen Kathryn
    Kathy Katia Katja Keira Kirsten Kristen Kristin Laura Lauren Léa Leila Leonor Lia Liliana
    Lily Linda Lisa Liv Liz Lola Lorraine Louise Lucia Lucía Lucy Luisa Lupita Lynne Madeleine Maggie
    Małgorzata Mara Marcia Margaret Margarethe Margherita Margot Maria María Marianne Marie Marina
    Marisa Marlene Marta Martha Marthe Mary Maryam Melanie Mélanie Meryl Mia Michelle Mira
    Miranda Monica Monika Naomi Natalie Nathalie Nicole Nina Noémie Olga Olivia Ornella Pascale
    Patricia Paula Paulina Pauline Penélope Penelope Pernilla Petra Rachel Rebecca Renée Rita Rooney
    Rosa Rosamund Rose Ruth Sabine Sally Samantha Sandra Sarah Scarlett Shirley Sigourney Silvana
    Simona Sofia Sophia Sophie Susan Susanne Suzanne Sylvie Tilda Tina Valeria Valérie
    Vanessa Vera Veronica Victoria Viola Virginia Viviane Wanda Whoopi Zoe Zoé
    Amelia Carol Heather Karen Kimberly Marion Megan Melissa Nancy Octavia Regina Sandrine
    Saoirse Sharon Stephanie Virginie
    """
)

MALE_GIVEN_NAMES = _words(
    """
    Asif Caleb Claudio Corneliu Francois Jean-Luc Josh Jude Juho Kirill Kiyoshi Kornel Kornél Laszlo László
    Lenny Lukas Nadav Neil Pawel Paweł Ruben Takeshi Vinicius Vinícius Yasujiro
    Aaron Abbas Abdellatif Adam Adrian Adrien Agustín Akira Alain Alan Albert Alberto Aleksandr
    Alejandro Alexander Alexandre Alfonso Alfred Alfredo Ang Andrei Andrew Andrey Andrzej
    Anthony Antoine Antonio Armando Armin Arnaud Arthur Asghar Barry Ben Benedict Benicio Benjamin
    Bernard Bernardo Bertrand Bill Billy Bob Bong Brad Bruce Bruno Burt Carl Carlo Carlos
    Cedric Charles Charlie Christian Christoph Christopher Claude Clint Colin Costa Cristian
    Cristi Damien Daniel Danny Dario Darren David Denis Denys Denzel Derek Dominik Don
    Donald Dustin Ed Eddie Edgar Edoardo Edward Emir Emmanuel Enrico Eric Éric Ermanno Ernst Ethan
    Ettore Eugene Ezra Fabrizio Fatih Federico Felix Fernando Florian Francesco Francis Francisco
    François Frank Franz Fred Frederick Gabriel Gael Gary Gavin George Georges Gérard Gerhard
    Giacomo Gianfranco Gianni Gilles Gillo Giorgos Giuseppe Gore Greg Gregory Guillermo Günter
    Gus Guy Hans Harrison Harry Harvey Heinrich Helmut Henry Hirokazu Hugh Hugo Ian Ingmar Ivan
    Jack Jacques Jafar Jake James Jared Jason Javier Jeff Jeffrey Jerzy Jim Jimmy Joachim
    Joaquin Joe Joel John Johnny Jon Jonathan Jorge José Josef Joseph Juan Jules Julian Julien
    Justin Kenneth Kevin Klaus Krzysztof Ken Kurt Lars Laurent Leonardo Leos Liam Lorenzo
    Louis Luc Luca Lucian Luchino Luis Luigi Mads Manoel Marc Marcel Marcello Marco Mario
    Mark Marlon Martin Marty Massimo Matt Matteo Matthew Maurice Max Maximilian Mel Michael Michel
    Michelangelo Miguel Mike Mikhail Milcho Milos Miloš Mohammad Mohsen Moritz Nanni Nicolas
    Nick Nicholas Nikita Nuri Oliver Olivier Orson Oscar Otto Pablo Paolo Patrick Paul Pedro Peter
    Philip Philippe Pier Pierre Piers Pietro Quentin Radu Rainer Ralph Ramin Raoul Raúl Raul Ray Raymond Richard
    Rick Riccardo Robert Roberto Rod Roger Roland Roman Ron Ronald Rudolf Rupert Russell Ryan
    Ryusuke Salvatore Samuel Satyajit Sean Sebastian Sebastián Sergei Sergio Shohei Sidney
    Spike Stanley Stefan Stephen Steve Steven Terrence Theo Thomas Tim Timothy Tobias
    Todd Tom Tommaso Tony Ulrich Valerio Victor Vincent Vincenzo Viggo Vittorio Volker Walter
    Warren Werner Wes Wilhelm Will William Wim Wojciech Woody Yilmaz Yojiro Yves
    Brendan Brian Cillian Gene Joshua Mahershala Rami Scott Troy
    """
)


def given_name_gender(full_name: str) -> str | None:
    """ "female", "male" or None for a full name, by its first word."""
    first = full_name.split()[0].rstrip(".") if full_name.split() else ""
    if first in FEMALE_GIVEN_NAMES:
        return "female"
    if first in MALE_GIVEN_NAMES:
        return "male"
    return None
