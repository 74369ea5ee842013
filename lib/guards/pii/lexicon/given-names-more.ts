/**
 * Further given names from national popular-name lists (US SSA, UK ONS, Statistics Canada,
 * Australian state registries, and the European, Indian, Brazilian, African and Nordic lists),
 * so the lexicon covers more than the most frequent few hundred.
 */

export const MORE_GIVEN_NAMES: readonly string[] = `
Aaliyah Abby Abraham Ada Adeline Adrian Agnes Aidan Aiden Alana Alec Alejandra Alexa Alexandra Alexandria Alfred Alicia
Alison Allison Alyssa Amanda Amara Amaya Anastasia Andre Andrea Andres Angelina Angelo Anne Annabelle Anthony Antonio
Arabella Ariana Ariel Arlo Ashton Aubrey Audrey Aurora Ava Avery Axel Bailey Beatrice Beau Bella Benedict Bennett Bethany
Bianca Blake Bradley Brady Brandon Brayden Brenda Brendan Brian Bridget Brittany Brody Brooke Bryce Bryson Caleb Callie
Calvin Cameron Camila Carla Carlos Caroline Carson Casey Cassandra Cecilia Cedric Celeste Chad Charles Charlie Cheryl
Christian Christina Christopher Clara Claudia Clayton Clifford Colby Cole Colin Colton Conor Cora Corey Courtney Craig
Cristina Curtis Dakota Dale Damian Damon Dana Daniela Danny Darius Darren Dashiell Declan Delilah Derek Desmond Devin
Dexter Diego Dominic Donovan Dorothy Douglas Drew Duncan Dustin Dylan Easton Eden Edgar Edith Edmund Edwin Eileen Elaine
Eleanor Elena Eli Eliana Elias Elijah Elise Eliza Ella Ellie Elliot Elliott Eloise Elsie Emerson Emilia Emmett Enzo
Eric Erica Erin Esme Esther Ethel Eugene Eva Evan Evelyn Everett Ezekiel Ezra Felicity Felix Fernando Finn Fiona Flora
Francis Freddie Gabriella Gavin Gemma Genevieve Gerald Gianna Gideon Gilbert Gillian Gordon Graham Greta Gwendolyn
Hailey Harley Harper Harrison Harvey Hayden Hazel Heidi Helena Henrietta Hudson Hugh Hugo Ian Imogen Irene Isaac Isabel
Isaiah Isla Ivan Jacqueline Jaden Jake Jamal Jared Jasmine Jason Jasper Javier Jeffrey Jenna Jeremiah Jerome Jesse
Jessie Jillian Joanna Jocelyn Joel Johnny Jonah Jonas Josephine Joshua Josie Judith Julian Juliet Justin Kai Kaitlyn
Karen Karl Kasey Katelyn Katrina Kayden Keegan Keira Keith Kelsey Kendall Kennedy Kerry Khalil Kieran Kimberly Kingsley
Kirsten Kristen Kyle Kylie Landon Laurel Lauren Lawrence Layla Leah Leila Leland Leon Leonard Leonardo Lexi Liliana
Lillian Lincoln Lindsay Lionel Logan Lola Lorenzo Louis Louisa Luca Lucas Lucia Luke Luna Lydia Lyla Mabel Mackenzie
Maddox Madeline Maeve Malcolm Marcus Margot Maria Mariah Marianne Marina Marissa Martha Mateo Matilda Maureen Maxine Maya
Melanie Melody Mercy Micah Michaela Miguel Milan Miles Milo Miranda Miriam Mitchell Molly Monica Morgan Nadia Natalia
Nathalie Nathaniel Neil Nelson Nicholas Nicolas Nina Noel Nolan Nora Norah Olive Omar Orla Oscar Owen Paige Pamela Parker
Patricia Paula Paulina Penelope Percy Philippa Phoebe Phoenix Piper Quentin Quinn Rachel Rafael Raphael Reagan Reece Reid
Remy Rhiannon Ricardo Riley Rita Roberto Rocco Roman Ronan Rory Rosalie Rowan Roxanne Ruben Rufus Ryan Sabrina Sadie
Sally Samantha Santiago Savannah Sawyer Scarlett Sebastian Serena Seth Shane Shannon Shawn Sienna Silas Simon Simone
Sofia Sonia Spencer Stanley Stella Stephanie Sterling Stuart Sylvia Tamara Tara Tatiana Taylor Teagan Teresa Thea
Theodore Tiffany Timothy Tobias Todd Tom Tommy Tracy Travis Trevor Tristan Troy Valerie Vanessa Vaughn Vera Veronica
Vincent Violet Vivian Wesley Whitney Willow Wyatt Xander Xavier Yvette Zachary Zane Zoe Zoey
Andrzej Bartosz Marek Michał Wojciech Zofia Anna Ewa Joanna Magdalena Monika Marta Paulina Aleksandra Kamil Dawid Mateusz
Lars Nils Erik Henrik Johan Magnus Anders Sven Olof Gustav Astrid Ingrid Sigrid Freja Maja Elsa Linnea Saga Ebba Leif
Mikkel Rasmus Søren Kasper Mette Pernille Sanna Aino Eero Juha Mikko Onni Veera Helmi
Kemal Mehmet Hakan Murat Serkan Yusuf Zeynep Esra Büşra Merve Gizem Ebru Seda Aylin Leyla
Kwame Kwabena Kofi Kojo Yaw Akosua Adwoa Afua Ama Chinedu Chidi Emeka Obinna Uchenna Ifeoma Nneka Adaeze Amaka Tunde
Babajide Folasade Yetunde Oluwadamilare Abimbola Segun Ayodele Temitope Olamide Kehinde Taiwo Imani Zuri Amani Baraka Juma
Wanjiku Njeri Achieng Otieno Kamau Mwangi Thandiwe Sibusiso Lerato Palesa Kagiso Tumelo Nomsa Themba Lindiwe Ayanda
Delroy Winston Marlon Desmond Trevor Andre Jermaine Tyrone Latoya Shanice Keisha Tamika Kiara Jada Aaliyah Malik DeShawn
Priyanka Pranav Aryan Dhruv Ishaan Krish Nikita Pooja Ritika Shruti Tanya Vaishnavi Harini Keerthi Lakshmi Meenakshi
Sai Sanjana Srinidhi Swathi Vidya Yamini Gopal Hari Jagdish Kiran Mohan Naveen Raghav Rajiv Ravindra Shankar Sunil Uday
Friederike Gretchen Liesel Hannelore Irmgard Ilse Lieselotte Annegret Wiebke Maren Imke Heiko Henning Björn Knut Arne
Torben Gunnar Jannik Nico Luca Lennard Mats Piet Jonte Bente Birte Insa Kirsten Jochen Achim Axel Bastian Benedikt Clemens
Constantin Ferdinand Frederik Gregor Konstantin Leopold Marius Quirin Raphael Valentin Vinzenz Xaver
Aurélien Bastien Cyril Fabien Gaëtan Grégoire Jean-Baptiste Jean-Luc Jean-Marc Jean-Paul Jean-Pierre Marie-Claire
Marie-France Anne-Sophie Léonie Maëlys Margaux Romane Zoé Axelle Clémentine Eloïse Faustine Ophélie Perrine
Marisol Maribel Mireia Montse Nieves Paloma Rocío Yolanda Ximena Guadalupe Itzel Jimena Renata Fernanda Leticia Araceli
Iñaki Iker Xabier Jon Ander Mikel Gaizka Unai Oier Aritz Beñat Eneko Pol Arnau Biel Roger Jordi Quim Oriol
Tainá Iara Jaciara Luana Thaís Bianca Gabriela Giovanna Heloísa Isadora Lorena Maitê Valentina Yasmin Kauã Ryan Gael
Théo Benício Bento Anthony Emanuel Otávio Pietro Vicente Levi Noah Ravi Cauã Enzo Nicolas Lorenzo
Lieke Lotte Maud Noor Floor Jip Isa Fenna Evi Yara Liv Nova Sem Jens Stijn Thijs Jurre Siem Hidde Teun Gijs Lars Niek
Sienna Matilda Harlow Evie Ivy Willow Frankie Georgie Indie Lachlan Hamish Angus Jarrah Darcy Harvey Flynn Hunter Banjo
Firmin Ghislaine Philomène Évariste Anatole Josée Réjean Lucienne Ainsley Rigoberto Feliciano Baltasar Edivaldo
Anirudh Venkatesh Bhavana Tahlia Wiebe Jantine Terrence Bronwyn Ciaran Desiree Marguerite Augustus Cordelia Winifred
Ngozi Chiamaka Oluwaseun Adebayo Folake Bukola Damilola Funmilayo Ifeanyi Nnamdi Okonkwo Olumide Yewande Zainab
`.trim().split(/\s+/);
