/**
 * Common given names by language, from public first-name frequency lists. Names that double as
 * everyday words or places live in `AMBIGUOUS_GIVEN_NAMES` and need a cue or a surname.
 */

export const GIVEN_NAMES_EN: readonly string[] = `
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Donald
Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas
Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Patrick Raymond Jack Dennis Jerry
Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Noah Ethan Jeremy Walter Christian Keith Roger Terry
Austin Sean Gerald Carl Harold Dylan Arthur Lawrence Jordan Jesse Bryan Billy Bruce Gabriel Joe Logan Alan Juan Albert
Willie Elijah Wayne Randy Vincent Mason Roy Ralph Bobby Russell Bradley Philip Eugene Liam Oliver Harry Charlie Oscar
Alfie Archie Freddie Theo Leo Isaac Lucas Finley Callum Connor Declan Owen Rhys Gareth Alistair Hamish Angus Euan
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra Margaret Ashley
Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Dorothy Rebecca Sharon Laura Cynthia Amy Kathleen
Angela Shirley Brenda Emma Anna Pamela Nicole Samantha Katherine Christine Helen Debra Rachel Carolyn Janet Maria
Catherine Heather Diane Olivia Julie Joyce Victoria Ruth Virginia Lauren Kelly Christina Joan Evelyn Judith Andrea
Hannah Megan Cheryl Jacqueline Martha Madison Teresa Gloria Sara Janice Ann Kathryn Abigail Sophia Frances Jean Alice
Judy Isabella Julia Grace Amber Denise Danielle Marilyn Beverly Charlotte Natalie Theresa Diana Brittany Doris Kayla
Alexis Lori Marie Amelia Isla Ava Mia Poppy Ella Lily Sophie Chloe Jessica Freya Evie Harriet Imogen Eleanor Fiona
Siobhan Niamh Aoife Ciara Kirsty Morag Shona Zoe Holly Bethany Abbie Caitlin Georgia Molly Rosie Matilda Phoebe
Tanya Wendy Yvonne Gemma Leanne Kerry Stacey Tracey Joanne Claire Louise Hayley Natasha Jade Lucy Kate Katie
`.trim().split(/\s+/);

export const GIVEN_NAMES_DE: readonly string[] = `
Lukas Leon Finn Jonas Elias Paul Felix Maximilian Luis Noah Ben Henry Emil Anton Theo Moritz Jakob Niklas Tim Julian
Tobias Florian Sebastian Stefan Andreas Thomas Michael Christian Markus Matthias Martin Frank Jürgen Uwe Klaus Wolfgang
Dieter Günter Helmut Horst Manfred Gerhard Heinz Werner Hans Karl Kurt Rolf Bernd Ralf Jens Torsten Dirk Sven Kai
Jörg Holger Volker Rüdiger Detlef Hartmut Lothar Reinhard Ulrich Joachim Bernhard Friedrich Wilhelm Heinrich Ludwig
Johannes Philipp Fabian Dominik Marcel Patrick Dennis Kevin Pascal Marvin Jannik Lennart Malte Till Ole Hannes
Mia Emma Hannah Sofia Lina Mila Ella Lea Clara Marie Leonie Lena Johanna Luisa Charlotte Amelie Laura Sophie Anna
Katharina Julia Sarah Lisa Nina Jana Vanessa Jessica Jennifer Stefanie Sabine Petra Monika Ursula Renate Ingrid
Helga Gisela Brigitte Elke Birgit Karin Heike Andrea Claudia Susanne Martina Gabriele Angelika Doris Silke Anja Tanja
Kerstin Nicole Manuela Katrin Daniela Simone Melanie Christina Franziska Antje Ute Dagmar Waltraud Hildegard Gertrud
Annika Carina Jasmin Svenja Wiebke Merle Frieda Greta Ida Paula Jule Emilia Magdalena Theresa Veronika Barbara
`.trim().split(/\s+/);

export const GIVEN_NAMES_FR: readonly string[] = `
Jean Pierre Michel Philippe Alain Nicolas Christophe Patrick Daniel Bernard Christian Eric Frédéric Laurent Stéphane
David Olivier Pascal Sébastien Thierry Julien Jacques Gérard André François Dominique Thomas Vincent Guillaume Mathieu
Antoine Maxime Romain Alexandre Benjamin Hugo Théo Lucas Louis Gabriel Arthur Raphaël Jules Adam Mathis Nathan Enzo
Clément Quentin Baptiste Florian Damien Jérôme Yannick Cédric Fabrice Didier Gilles Hervé Lionel Rémi Loïc Gaël
Yves Marcel René Roger Henri Georges Bruno Serge Arnaud Benoît Aurélien Jérémy Kévin Anthony Mickaël Ludovic
Marie Nathalie Isabelle Sylvie Catherine Françoise Christine Monique Valérie Sandrine Véronique Nicole Sophie Céline
Chantal Stéphanie Martine Brigitte Aurélie Camille Julie Émilie Emilie Caroline Laure Élodie Elodie Audrey Mélanie
Manon Léa Chloé Emma Jade Louise Alice Lina Rose Anna Inès Ambre Juliette Margaux Pauline Lucie Océane Clara Mathilde
Charlotte Amandine Marion Claire Hélène Agnès Béatrice Colette Danielle Geneviève Josiane Odile Solange Sabine Virginie
Anaïs Clémence Justine Morgane Laetitia Coralie Gaëlle Solène Maëlle Noémie Apolline Capucine Héloïse Adèle
`.trim().split(/\s+/);

export const GIVEN_NAMES_ES: readonly string[] = `
Antonio Manuel José Francisco David Juan Javier Daniel Carlos Jesús Alejandro Miguel Rafael Pedro Pablo Ángel Sergio
Fernando Jorge Luis Alberto Álvaro Adrián Diego Raúl Enrique Ramón Vicente Ignacio Rubén Andrés Óscar Joaquín
Santiago Eduardo Víctor Roberto Jaime Mario Marcos Emilio Salvador Julián Gonzalo Agustín Tomás Hugo Mateo Martín
Lucas Leo Nicolás Iker Unai Asier Aitor Gorka Jordi Pau Xavier Sergi Marc Oriol Gerard Iñigo Borja Rodrigo Guillermo
María Carmen Ana Isabel Laura Dolores Pilar Teresa Rosa Cristina Marta Francisca Lucía Mercedes Elena Antonia Paula
Raquel Manuela Sara Rocío Beatriz Silvia Patricia Encarnación Montserrat Rosario Julia Irene Alba Nerea Andrea
Inmaculada Concepción Soledad Esperanza Amparo Consuelo Remedios Nuria Yolanda Sonia Eva Natalia Claudia Sofía
Valeria Martina Daniela Ainhoa Itziar Leire Maite Begoña Arantxa Alicia Susana Lorena Verónica Gloria Noelia
Catalina Ximena Camila Valentina Guadalupe Fernanda Gabriela Mariana Jimena Regina Renata Lupita Alejandra Adriana
`.trim().split(/\s+/);

export const GIVEN_NAMES_IT: readonly string[] = `
Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo Franco Domenico Bruno Paolo
Michele Giorgio Aldo Sergio Luciano Alessandro Andrea Marco Matteo Lorenzo Leonardo Gabriele Riccardo Tommaso Edoardo
Federico Davide Simone Stefano Roberto Massimo Fabio Claudio Maurizio Enrico Gianluca Emanuele Daniele Alberto Dario
Filippo Giacomo Nicola Raffaele Rocco Carmine Gennaro Ciro Enzo Nicolò Pasquale Umberto Vittorio Giancarlo Gianni
Maria Anna Giuseppina Rosa Angela Giovanna Teresa Lucia Carmela Caterina Francesca Antonietta Carla Elena Concetta
Rita Margherita Franca Paola Giulia Chiara Sofia Aurora Alice Ginevra Emma Giorgia Greta Beatrice Martina Sara
Federica Valentina Silvia Alessia Elisa Ilaria Roberta Simona Monica Laura Cristina Barbara Daniela Patrizia Manuela
Serena Veronica Arianna Benedetta Camilla Eleonora Ludovica Noemi Viola Gaia Matilde Vittoria Rebecca Bianca Livia
`.trim().split(/\s+/);

export const GIVEN_NAMES_NL: readonly string[] = `
Jan Johannes Hendrik Cornelis Pieter Gerrit Willem Jacobus Dirk Adrianus Wim Henk Kees Piet Joost Bram Sander Thijs
Daan Sem Lucas Levi Finn Milan Jesse Luuk Ruben Stijn Niels Bas Teun Gijs Jeroen Maarten Martijn Wouter Rutger Bart
Koen Sjoerd Jeroen Floris Jasper Arjen Marco Erik Frank Hans Rob Ronald Ruud Dennis Tim Tom Rick Mark Vincent Jeroen
Maria Johanna Cornelia Anna Wilhelmina Elisabeth Hendrika Adriana Geertruida Sanne Lotte Lisa Fleur Anouk Femke
Sophie Julia Emma Tess Zoë Sara Eva Noa Mila Saar Nina Roos Iris Esther Marloes Ingrid Annelies Mieke Els Ans Joke
Marieke Karin Ilse Wendy Kim Linda Petra Manon Anneke Ellen Janneke Inge Nienke Maaike Hanneke Fenna Jolien Sietske
`.trim().split(/\s+/);

export const GIVEN_NAMES_PT: readonly string[] = `
João José Antônio António Francisco Carlos Paulo Pedro Lucas Luiz Luís Marcos Gabriel Rafael Daniel Marcelo Bruno
Eduardo Felipe Raimundo Rodrigo Manoel Manuel Mateus André Fernando Fábio Leonardo Gustavo Guilherme Leandro Tiago
Thiago Diego Vinícius Caio Henrique Murilo Arthur Heitor Bernardo Davi Enzo Miguel Samuel Joaquim Rui Nuno Duarte
Maria Ana Francisca Antônia Adriana Juliana Márcia Fernanda Patrícia Aline Sandra Camila Amanda Bruna Jéssica Letícia
Júlia Luciana Vanessa Mariana Gabriela Larissa Beatriz Rafaela Isabela Helena Alice Laura Manuela Valentina Sophia
Lívia Yasmin Luana Tatiana Débora Cláudia Renata Simone Vera Rosângela Conceição Inês Leonor Matilde Carolina Raquel
`.trim().split(/\s+/);
