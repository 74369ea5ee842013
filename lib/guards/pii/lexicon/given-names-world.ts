/** Given names common in India and in other large communities writing in Latin script. */

export const GIVEN_NAMES_IN: readonly string[] = `
Aarav Vivaan Aditya Vihaan Arjun Sai Reyansh Ayaan Krishna Ishaan Shaurya Atharv Advik Rudra Kabir Rahul Rohit Amit
Sumit Vikram Vikas Rajesh Suresh Ramesh Mahesh Dinesh Ganesh Naresh Mukesh Rakesh Anil Sunil Manoj Sanjay Ajay Vijay
Ravi Sachin Saurabh Gaurav Nikhil Abhishek Akash Ankit Deepak Pradeep Sandeep Kunal Varun Harsh Yash Pranav Siddharth
Karthik Arun Venkat Srinivas Prakash Murali Balaji Anand Arvind Harish Girish Manish Nitin Pankaj Tarun Vivek Rohan
Aadhya Ananya Diya Saanvi Aaradhya Pari Anika Navya Myra Sara Priya Pooja Neha Sneha Anjali Kavya Divya Shreya Riya
Aishwarya Lakshmi Sunita Anita Kavita Rekha Meena Geeta Seema Nisha Asha Usha Suman Radha Sita Savita Swati Preeti
Deepika Nandini Shalini Pallavi Madhuri Aparna Sangeeta Vandana Jyoti Payal Shilpa Sonali Ritu Tanvi Ishita Aditi
Mohammed Muhammad Ahmed Ali Omar Hassan Hussein Ibrahim Yusuf Mustafa Khalid Tariq Bilal Imran Faisal Hamza Karim
Fatima Aisha Zainab Maryam Noor Leila Yasmin Amira Salma Huda Samira Layla Rania Nadia Sana Farah Hana Mariam
Wei Jing Li Ming Hui Xin Yan Lei Jun Hao Yu Chen Mei Lin Xiaoming Jian Zhang Ying Qing Feng Tao Bo Yang Lan
Hiroshi Takashi Kenji Yuki Haruto Sota Yuto Sakura Yui Aoi Hina Akira Naoko Keiko Yumi Satoshi Kazuo Daisuke
Min-jun Seo-yeon Ji-woo Ha-eun Jae Hyun Soo Jin Dmitri Sergei Ivan Olga Natalia Svetlana Irina Tatiana Anastasia
Mikhail Alexei Nikolai Vladimir Yuri Katarzyna Agnieszka Małgorzata Piotr Krzysztof Tomasz Paweł Łukasz Jakub
Chukwuemeka Oluwaseun Adebayo Ngozi Chiamaka Kwame Kofi Ama Abena Thabo Sipho Zanele Nomvula Tendai Wanjiru
Mehmet Mustafa Ahmet Ayşe Fatma Emine Elif Zeynep Burak Emre Can Cem Deniz Oğuz Selin
`.trim().split(/\s+/);

/**
 * Names that are also common words, months or places. They count as a name only after a cue
 * ("Dear", "Mr.", "my name is") or when followed by a surname.
 */
export const AMBIGUOUS_GIVEN_NAMES: readonly string[] = `
Will May June April August Mark Bill Rose Hope Faith Grace Joy Summer Autumn Dawn Eve Amber Ruby Jade Crystal Art
Chase Frank Gene Guy Jack Max Miles Pat Ray Rich Rob Sue Ted Victor Wade Bob Don Dean Earl Lane Long Lee Paris Jordan
Austin Dallas Georgia Florence Victoria Chelsea Sydney Brooklyn India China Carolina Virginia Madison Phoenix Angel
Sky River Storm Rain Honey Sunny Star Page Bishop Major Baker Mercedes Carmen Iris Violet Lily Daisy Holly Ivy Olive
Pearl Penny Sterling Hunter Mason Cooper Carter Parker Tucker Porter Chance Cash Gray Grey Reed Rod Roy Stone Forest
Jan Li Lin Wei Yu Bo Can Deniz Sana Kim Sol Paz Luz Alba Pilar Mai Juli Rosa Mar Lara Leo Ella Mia Vera Sem Bas Roos
Fleur Saar Jean Ming Tao Lan Jun Hao Jin Soo Jae Emre Drew Floor Banjo Indie Saga Nova Roger Eden Troy Levi Liv Isa
Harley Piper Mercy Melody Dakota Savannah Sawyer Reagan Remy Quinn Lexi Bailey Blake Brooke Cole Dale Dana Bella Luna
Stella Hazel Willow Haven Harmony Ellis Lincoln Kennedy Taylor Morgan Casey Tracy Gael Kai Sunny Rich Page Chance
`.trim().split(/\s+/);
