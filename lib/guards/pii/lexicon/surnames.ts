/**
 * Common family names by country, from public surname-frequency lists. A capitalised word before
 * one of these ("Cordelia Washington") is read as a given name even when the lexicon of given
 * names does not know it.
 */

export const SURNAMES: readonly string[] = `
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas
Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King
Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips
Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper
Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz
Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell
Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds
Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall
Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford
Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson
Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner
Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham
Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews Pena
Richards Contreras Willis Carpenter Lawrence Sandoval Doyle Walsh Byrne Ryan O'Brien O'Connor O'Neill Quinn McCarthy Kavanagh
Brennan Fitzgerald Gallagher Doherty Lynch Murray Clarke Hughes Lloyd Price Jenkins Morgan Owen Davies Pritchard Bowen Rees
Hargreaves Whitfield Ashworth Pemberton Thornton Blackwood Atkinson Barker Booth Chapman Dawson Fletcher Hodgson Holt Lambert
Haddad Khoury Nasser Saleh Mansour Hassan Ibrahim Khalil Aziz Rahman Hussain Ahmed Ali Khan Malik Qureshi Siddiqui Chaudhry
Okafor Okonkwo Adeyemi Mensah Boateng Owusu Asante Eze Nwosu Obi Balogun Adebayo Oyelaran Kamau Otieno Mwangi Ndlovu Dlamini
Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder
Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze
Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Vogel Friedrich Keller
Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Krämer
Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel
Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia David Bertrand
Roux Vincent Fournier Morel Girard Andre Lefevre Mercier Dupont Lambert Bonnet Francois Martinez Legrand Garnier Faure
Rousseau Blanc Guerin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clement Gauthier Dumont Lopez Fontaine Chevalier
Robin Masson Sanchez Gerard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Noel Meyer Lucas Meunier Jean
Perez Marchand Dufour Blanchard Gillet Chevallier Leclerc Carpentier Delacroix Beaumont Tremblay Gagnon Bouchard Gauthier
Morin Lavoie Fortin Gagne Ouellet Pelletier Belanger Levesque Bergeron Leblanc Paquette Girard Simard Boucher Caron Beaulieu
García González Rodríguez Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz
Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez
Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano
Prieto Méndez Cruz Calvo Gallego Vidal León Márquez Herrera Peña Flores Cabrera Campos Vega Fuentes Carrasco Diez Caballero
Reyes Nieto Aguilar Pascual Santana Herrero Lorenzo Montero Hidalgo Giménez Ibáñez Ferrer Durán Santiago Benítez Mora
Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De Luca Mancini Costa Giordano
Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli
Vitale Lombardo Serra Coppola De Santis D'Angelo Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco Marini Grasso
Valentini Messina Sala De Angelis Gatti Pellegrini Palumbo Sanna Farina Rizzi Monti Cattaneo Morelli Amato Silvestri
Jansen Janssen Visser Smit Meijer Bakker Mulder Bos Vos Peters Hendriks Dekker Brouwer Dijkstra Smits Kok Jacobs Vermeulen
Koster Prins Huisman Peeters Kuipers Veenstra Kramer Schouten Maas Willems Wouters Postma Hoekstra Zwart Verhoeven Timmermans
Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho Almeida Lopes Soares
Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade Moreira Nunes Marques Machado Mendes Freitas Cardoso Ramos Gonçalves
Santana Teixeira Correia Araújo Pinto Cavalcanti Monteiro Moura Campos Fonseca Bezerra Queiroz Siqueira Vasconcelos Batista
Sharma Verma Gupta Singh Kumar Patel Shah Mehta Joshi Desai Iyer Iyengar Reddy Rao Nair Menon Pillai Naidu Chatterjee
Banerjee Mukherjee Bose Das Ghosh Sen Dutta Chakraborty Bhattacharya Mishra Pandey Tiwari Dubey Yadav Chauhan Rathore
Kapoor Malhotra Khanna Chopra Arora Bhatia Saxena Agarwal Jain Kulkarni Deshpande Patil Pawar Jadhav Gowda Hegde Shetty
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Tanaka Suzuki Takahashi Watanabe Ito
Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Park Choi Jung Kang Cho Yoon Jang Lim
Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Mazur
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Hansen Jensen Nielsen Pedersen
Larsen Sørensen Rasmussen Johansen Olsen Berg Haugen Virtanen Korhonen Mäkinen Nieminen Mikkelsen Lindqvist Lindberg
Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan
Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov Kovalenko Shevchenko Bondarenko
Papadopoulos Georgiou Nikolaidis Kovač Horvat Novak Kovacs Nagy Szabo Toth Popescu Ionescu Dimitrov
Desjardins Sinclair Pryce Rowe Montoya Quintana Zamora Lacombe Vasseur Chaudhary Krishnamurthy Venkataraman McAllister
Whitlam Villalobos Graaf Pemberton Haddad Mikkelsen Ashworth Quigley Teixeira Cavalcanti Monteiro Bezerra
`.trim().split(/\s+/);

/** Family names that are also everyday words or places; they need a known given name before them. */
export const AMBIGUOUS_SURNAMES: readonly string[] = `
Green Long Rose Stone Black White Young King Hill Wood Woods Gray Bell Price Cook Ward Reed Fox Hunt Rice Mills Grant Ray
Berry Lane West Cole Ford Mason Hunter Shaw Webb Wells Burns Frank Winter Sommer Wolf Klein Lang Jung Engel Park Das Sala
Villa Costa Serra Berg Kara Ma Li Lin Hu He Gil Leon León Mora Vega Cruz Bos Kok Maas Vos Baker Carter Parker Turner Cooper
Hall Morgan Jordan Marshall Porter Palmer Gardner Payne Knight Holmes Long Henry Brown Day Church Gallo Conte Leone Santos
Roy Noel Jean Roger Lucas Denis Vincent Bruno Simon Martin Thomas Robert Richard David Michel Nicolas Mathieu Clement Lambert
Hart Rivera Reyes Flores Ramos Campos Cruz Fuentes Vidal Santiago Lorenzo Pascual Prieto Otto Graf Roth Beck Haas Keller
Castro Cano Ferrer Gross Groß Koch Bauer Vogel Fischer Weber Schwarz Braun Kaiser Fuchs Hahn Winkler Kraus Stein Jäger
Lynch Quinn Bowen Owen Holt Booth Barker Dawson Lloyd Fletcher Patel Khan Ali Kumar Shah Jain Sen Bose Singh Das Rao
Kim Lee Choi Jung Kang Cho Yoon Jang Lim Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Guo Luo Gao
Silva Rocha Pinto Dias Lima Nunes Moura Mendes Freitas Machado Marques Martins Alves Soares Lopes Pereira
`.trim().split(/\s+/);
